# numpy's sorting, searching and extremes (numpy/core/fromnumeric.py, arraysetops.py): sort, argsort,
# argmax/argmin, amax/amin, unique; the orders themselves are src/numpy/sorting.ts.
import _np
import numpy

_KINDS = (None, "quicksort", "mergesort", "heapsort", "stable")


def _kind(kind, name):
    if kind not in _KINDS:
        _np.unsupported("numpy.%s(kind=%r)" % (name, kind))


def sort(a, axis=-1, kind=None, order=None):
    # Every kind gives the same values; only argsort's order of equal keys depends on it.
    _kind(kind, "sort")
    if order is not None:
        _np.unsupported("numpy.sort(order=...)")
    return _np.sort(numpy.asarray(a), axis)


def argsort(a, axis=-1, kind=None, order=None):
    _kind(kind, "argsort")
    if order is not None:
        _np.unsupported("numpy.argsort(order=...)")
    return _np.argsort(numpy.asarray(a), axis, kind in ("mergesort", "stable"))


def argmax(a, axis=None, out=None):
    if out is not None:
        _np.unsupported("numpy.argmax(out=...)")
    return _np.argextreme(numpy.asarray(a), axis, "max")


def argmin(a, axis=None, out=None):
    if out is not None:
        _np.unsupported("numpy.argmin(out=...)")
    return _np.argextreme(numpy.asarray(a), axis, "min")


def amax(a, axis=None, out=None, keepdims=numpy._NoValue, initial=numpy._NoValue, where=numpy._NoValue):
    numpy._refuse("amax", out=(out, None), initial=(initial, numpy._NoValue), where=(where, numpy._NoValue))
    return _np.reduce("max", numpy.asarray(a), axis, keepdims is True)


def amin(a, axis=None, out=None, keepdims=numpy._NoValue, initial=numpy._NoValue, where=numpy._NoValue):
    numpy._refuse("amin", out=(out, None), initial=(initial, numpy._NoValue), where=(where, numpy._NoValue))
    return _np.reduce("min", numpy.asarray(a), axis, keepdims is True)


def unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None):
    if return_index or return_inverse or axis is not None:
        _np.unsupported("numpy.unique(return_index=..., return_inverse=..., axis=...)")
    values = _np.unique(numpy.asarray(ar))
    if not return_counts:
        return values
    flat = numpy.asarray(ar).reshape(-1).tolist()
    counts = [sum(1 for x in flat if x == v) for v in values.tolist()]
    return values, numpy.array(counts, dtype=numpy.int64)

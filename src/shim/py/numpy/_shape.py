# numpy's joining and reshaping helpers (numpy/core/shape_base.py, lib/shape_base.py,
# lib/function_base.py, lib/index_tricks.py): atleast_1d/2d, hstack, vstack, column_stack, expand_dims,
# squeeze, roll, meshgrid and np.c_, built on reshape, concatenate and repeat.
import _np
import numpy


def atleast_1d(a):
    a = numpy.asarray(a)
    return a.reshape(1) if a.ndim == 0 else a


def atleast_2d(a):
    a = numpy.asarray(a)
    if a.ndim == 0:
        return a.reshape(1, 1)
    if a.ndim == 1:
        return a.reshape(1, a.shape[0])
    return a


def hstack(tup):
    arrs = [atleast_1d(m) for m in tup]
    return numpy.concatenate(arrs, 0 if arrs and arrs[0].ndim == 1 else 1)


def vstack(tup):
    return numpy.concatenate([atleast_2d(m) for m in tup], 0)


def column_stack(tup):
    arrays = []
    for v in tup:
        arr = numpy.asarray(v)
        if arr.ndim < 2:
            arr = atleast_2d(arr).T
        arrays.append(arr)
    return numpy.concatenate(arrays, 1)


def expand_dims(a, axis):
    a = numpy.asarray(a)
    if axis > a.ndim or axis < -a.ndim - 1:
        # numpy 1.17 warns (DeprecationWarning) and goes on; tfscope does not model the warning.
        _np.unsupported("numpy.expand_dims with an axis out of range")
    if axis < 0:
        axis = axis + a.ndim + 1
    shape = a.shape
    return a.reshape(shape[:axis] + (1,) + shape[axis:])


def squeeze(a, axis=None):
    a = numpy.asarray(a)
    shape = a.shape
    if axis is None:
        return a.reshape(tuple(d for d in shape if d != 1))
    axes = (axis,) if isinstance(axis, int) else tuple(axis)
    picked = set()
    for ax in axes:
        if ax < -a.ndim or ax >= a.ndim:
            raise numpy.AxisError("axis %d is out of bounds for array of dimension %d" % (ax, a.ndim))
        ax = ax % a.ndim if a.ndim else ax
        if shape[ax] != 1:
            raise ValueError("cannot select an axis to squeeze out which has size not equal to one")
        picked.add(ax)
    return a.reshape(tuple(d for i, d in enumerate(shape) if i not in picked))


def roll(a, shift, axis=None):
    a = numpy.asarray(a)
    if axis is None:
        return roll(a.reshape(-1), shift, 0).reshape(a.shape)
    if not isinstance(shift, int) or not isinstance(axis, int):
        _np.unsupported("numpy.roll over several axes")
    if axis < -a.ndim or axis >= a.ndim:
        raise numpy.AxisError("axis %d is out of bounds for array of dimension %d" % (axis, a.ndim))
    axis = axis % a.ndim
    n = a.shape[axis]
    if n == 0:
        return a
    shift = shift % n
    if shift == 0:
        return numpy.concatenate([a], axis)
    lead = (slice(None),) * axis
    return numpy.concatenate([a[lead + (slice(n - shift, None),)], a[lead + (slice(0, n - shift),)]], axis)


def meshgrid(*xi, **kwargs):
    indexing = kwargs.pop("indexing", "xy")
    if kwargs.pop("sparse", False) or not kwargs.pop("copy", True):
        _np.unsupported("numpy.meshgrid(sparse=..., copy=False)")
    if kwargs:
        raise TypeError("meshgrid() got an unexpected keyword argument '%s'" % list(kwargs)[0])
    if indexing not in ("xy", "ij"):
        raise ValueError("Valid values for `indexing` are 'xy' and 'ij'.")
    if len(xi) == 1:
        return [numpy.asarray(xi[0]).reshape(-1)]
    if len(xi) != 2:
        _np.unsupported("numpy.meshgrid of more than two arrays")
    x = numpy.asarray(xi[0]).reshape(-1)
    y = numpy.asarray(xi[1]).reshape(-1)
    nx, ny = x.shape[0], y.shape[0]
    if indexing == "xy":
        return [numpy.repeat(x.reshape(1, nx), ny, axis=0), numpy.repeat(y.reshape(ny, 1), nx, axis=1)]
    return [numpy.repeat(x.reshape(nx, 1), ny, axis=1), numpy.repeat(y.reshape(1, ny), nx, axis=0)]


class _CClass(object):
    # np.c_: AxisConcatenator(-1, ndmin=2, trans1d=0): a 1-d item becomes a column, then all join on
    # the last axis.
    def __getitem__(self, key):
        items = key if isinstance(key, tuple) else (key,)
        arrays = []
        for item in items:
            if isinstance(item, slice) or isinstance(item, str):
                _np.unsupported("numpy.c_ with slices or strings")
            a = numpy.asarray(item)
            if a.ndim == 0:
                a = a.reshape(1, 1)
            elif a.ndim == 1:
                a = a.reshape(a.shape[0], 1)
            arrays.append(a)
        return numpy.concatenate(arrays, -1)

    def __len__(self):
        return 0


c_ = _CClass()


def append(arr, values, axis=None):
    # numpy/lib/function_base.py append (1.17).
    arr = numpy.asarray(arr)
    if axis is None:
        if arr.ndim != 1:
            arr = arr.ravel()
        values = numpy.ravel(values)
        axis = arr.ndim - 1
    return numpy.concatenate((arr, values), axis=axis)

# numpy's one-argument math ufuncs tfscope models (abs, sqrt, cbrt: src/numpy/umath.ts), np.var as
# numpy/core/_methods.py _var computes it, and operator.index for shape arguments.
import _np
import numpy


def _index(x):
    # operator.index: Python ints and numpy integer scalars (np.prod's result) are shape entries.
    import operator
    return operator.index(x)


def _ufunc(name):
    def f(x):
        return _np.unary(name, numpy.asarray(x))
    f.__name__ = name
    return f


absolute = _ufunc("absolute")
abs = absolute
sqrt = _ufunc("sqrt")
cbrt = _ufunc("cbrt")


def var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    if dtype is not None or out is not None:
        _np.unsupported("numpy.var(dtype=..., out=...)")
    x = numpy.asarray(a)
    # Integers and bools are summed in float64.
    if x.dtype.kind in ("b", "i", "u"):
        x = x.astype(numpy.float64)
    axes = range(x.ndim) if axis is None else ([axis] if isinstance(axis, int) else list(axis))
    count = 1
    for ax in axes:
        count *= x.shape[ax]
    d = x - x.sum(axis, keepdims=True) / count
    return (d * d).sum(axis, keepdims=keepdims) / max(count - ddof, 0)

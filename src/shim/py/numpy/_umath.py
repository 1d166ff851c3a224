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


def square(x, out=None):
    # The ufunc square: x * x in x's dtype (bool has no loop and goes to int8, umath's 'bb->b').
    numpy._refuse("square", out=(out, None))
    a = numpy.asarray(x)
    if a.dtype == numpy.bool_:
        a = a.astype(numpy.int8)
    return _np.binop("mul", a, a)


def _rounding(name):
    def f(x):
        return _np.rounding(name, numpy.asarray(x))
    f.__name__ = name
    return f


rint = _rounding("rint")
ceil = _rounding("ceil")
floor = _rounding("floor")


def _classify(name):
    def f(x):
        return _np.classify(name, numpy.asarray(x))
    f.__name__ = name
    return f


isnan = _classify("isnan")
isinf = _classify("isinf")
isfinite = _classify("isfinite")


def around(a, decimals=0, out=None):
    # multiarray/calculation.c PyArray_Round: scale by 10**decimals in the array's dtype, rint, scale back.
    if out is not None:
        _np.unsupported("numpy.around(out=...)")
    return _np.round(numpy.asarray(a), decimals)


round_ = around


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    if not copy or nan != 0.0 or posinf is not None or neginf is not None:
        _np.unsupported("numpy.nan_to_num(copy=False, nan=..., posinf=..., neginf=...)")
    return _np.nan_to_num(numpy.asarray(x))


def clip(a, a_min, a_max, out=None):
    if out is not None:
        _np.unsupported("numpy.clip(out=...)")
    return _np.clip(numpy.asarray(a), a_min, a_max)


def _binary(op, name):
    def f(x1, x2):
        return _np.binop(op, x1, x2)
    f.__name__ = name
    return f


add = _binary("add", "add")
subtract = _binary("sub", "subtract")
multiply = _binary("mul", "multiply")
true_divide = _binary("truediv", "true_divide")
divide = true_divide
power = _binary("pow", "power")
equal = _binary("eq", "equal")
not_equal = _binary("ne", "not_equal")
less = _binary("lt", "less")
less_equal = _binary("le", "less_equal")
greater = _binary("gt", "greater")
greater_equal = _binary("ge", "greater_equal")
maximum = _binary("maximum", "maximum")
minimum = _binary("minimum", "minimum")

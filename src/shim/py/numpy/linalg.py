# numpy.linalg: det (LU with partial pivoting, as LAPACK's getrf; src/numpy/decompositions.ts) and the
# Frobenius/2-norm of norm().
import _np
import numpy


class LinAlgError(Exception):
    __module__ = "numpy.linalg"


def det(a):
    a = numpy.asarray(a)
    # numpy/linalg/linalg.py _assert_stacked_2d and _assert_stacked_square.
    if a.ndim < 2:
        raise LinAlgError("%d-dimensional array given. Array must be at least two-dimensional" % a.ndim)
    if a.shape[-1] != a.shape[-2]:
        raise LinAlgError("Last 2 dimensions of the array must be square")
    return _np.det(a)


def norm(x, ord=None, axis=None, keepdims=False):
    # numpy/linalg/linalg.py norm: the ord=None, axis=None path is sqrt(dot(x.ravel(), x.ravel())), ints
    # taken as float64 first; the other orders and axes are not modelled.
    if ord is not None:
        _np.unsupported("numpy.linalg.norm(ord=...)")
    if axis is not None:
        _np.unsupported("numpy.linalg.norm(axis=...)")
    if keepdims:
        _np.unsupported("numpy.linalg.norm(keepdims=...)")
    x = numpy.asarray(x)
    if x.dtype.kind not in "f":
        x = x.astype(float)
    x = x.flatten()
    return numpy.sqrt(numpy.dot(x, x))


def __getattr__(name):
    if name.startswith("_"):
        raise AttributeError("module 'numpy.linalg' has no attribute '%s'" % name)
    _np.unsupported("numpy.linalg.%s" % name)

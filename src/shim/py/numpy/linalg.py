# numpy.linalg: det (LU with partial pivoting, as LAPACK's getrf; src/numpy/decompositions.ts).
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


def __getattr__(name):
    if name.startswith("_"):
        raise AttributeError("module 'numpy.linalg' has no attribute '%s'" % name)
    _np.unsupported("numpy.linalg.%s" % name)

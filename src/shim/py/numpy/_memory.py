# numpy's functions about array memory (numpy/core/multiarray.py, numeric.py, lib/function_base.py):
# copy, ravel, shares_memory, may_share_memory and copyto, over the views of src/numpy/views.ts.
import _np
import numpy
from numpy import _refuse


def copy(a, order="K"):
    _refuse("copy", order=(order, "K"))
    return numpy.array(a)


def ravel(a, order="C"):
    _refuse("ravel", order=(order, "C"))
    return numpy.asarray(a).ravel()


def shares_memory(a, b, max_work=None):
    _refuse("shares_memory", max_work=(max_work, None))
    return _np.shares_memory(numpy.asarray(a), numpy.asarray(b), True)


def may_share_memory(a, b, max_work=None):
    _refuse("may_share_memory", max_work=(max_work, None))
    return _np.shares_memory(numpy.asarray(a), numpy.asarray(b), False)


def copyto(dst, src, casting="same_kind", where=True):
    # multiarray_module.c array_copyto: src made an array, then PyArray_AssignArray(dst, src, casting).
    _refuse("copyto", casting=(casting, "same_kind"), where=(where, True))
    if not isinstance(dst, numpy.ndarray):
        raise TypeError("copyto() argument 1 must be numpy.ndarray, not %s" % type(dst).__name__)
    err = _np.copyto(dst, src)
    if err is not None:
        raise TypeError(err)

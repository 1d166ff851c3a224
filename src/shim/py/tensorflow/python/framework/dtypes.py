# tensorflow.python.framework.dtypes: the dtype objects of tf.*.
import _tftest
from _tfapi import (as_dtype, bfloat16, bool, complex64, complex128, double, float16, float32, float64, half,
                    int8, int16, int32, int64, resource, string, uint8, uint16, uint32, uint64, variant)
from _tfcore import DType

__getattr__ = _tftest.lazy_module(__name__)

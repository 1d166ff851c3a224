# tensorflow.python.framework.constant_op: tf.constant.
import _tftest
from _tfapi import constant

__getattr__ = _tftest.lazy_module(__name__)

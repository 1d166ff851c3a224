# tensorflow.python.ops.state_ops: assign and friends of tf.*.
import _tftest
from _tfapi import assign, assign_add, assign_sub

__getattr__ = _tftest.lazy_module(__name__)

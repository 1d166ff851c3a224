# tensorflow.python.ops.control_flow_ops: tf.group, tf.no_op and tf.cond (v1); loops are not implemented.
import _tftest
from _tfapi import group, no_op
from _tfcond import cond

__getattr__ = _tftest.lazy_module(__name__)

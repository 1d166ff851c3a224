# tensorflow.python.ops.control_flow_ops: tf.group and tf.no_op; tf.cond and loops are not implemented.
import _tftest
from _tfapi import group, no_op

__getattr__ = _tftest.lazy_module(__name__)

# tensorflow.python.ops.control_flow_ops: tf.group, tf.no_op, tf.cond and tf.while_loop (v1).
import _tftest
from _tfapi import group, no_op
from _tfcond import cond
from _tfwhile import while_loop

__getattr__ = _tftest.lazy_module(__name__)

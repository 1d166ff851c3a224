# tensorflow.python.ops.resource_variable_ops: the ResourceVariable class of tf.*.
import _tftest
from _tfcore import ResourceVariable

__getattr__ = _tftest.lazy_module(__name__)

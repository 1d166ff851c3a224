# tensorflow.python.ops.nn_ops: the nn ops of tf.nn under their module path.
import _tftest
from tensorflow.nn import bias_add, conv2d, relu, relu6, softmax

__getattr__ = _tftest.lazy_module(__name__)

# tensorflow.python.training.gradient_descent: tf.train.GradientDescentOptimizer under its module path;
# other names load as stubs that raise the unsupported-feature error when used.
import _tftest
from _tftrain import GradientDescentOptimizer

__getattr__ = _tftest.lazy_module(__name__)

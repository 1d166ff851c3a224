# tensorflow.python.layers.core: tf.layers' core layers under their module path. Names tfscope lacks
# load as stubs that raise the unsupported-feature error.
import _tftest
from _tflayers import Dense, dense, Dropout, dropout, Flatten, flatten

__getattr__ = _tftest.lazy_module(__name__)

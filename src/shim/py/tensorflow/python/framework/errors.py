# tensorflow.python.framework.errors: tf.errors under its framework path.
import _tftest
from tensorflow.errors import *
from _tfcore import OpError

__getattr__ = _tftest.lazy_module(__name__)

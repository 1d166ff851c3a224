# tensorflow.python.layers.base: the legacy Layer base class under its module path.
import _tftest
from _tflayers import Layer

__getattr__ = _tftest.lazy_module(__name__)

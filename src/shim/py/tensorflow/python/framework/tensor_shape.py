# tensorflow.python.framework.tensor_shape: TensorShape, Dimension and their helpers (_tfshape.py).
import _tftest
from _tfshape import (Dimension, TensorShape, as_dimension, as_shape, dimension_at_index, dimension_value,
                      matrix, scalar, unknown_shape, vector)

__getattr__ = _tftest.lazy_module(__name__)

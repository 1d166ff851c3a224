# tensorflow.python.framework.tensor_shape: TensorShape and Dimension of tf.*.
import _tftest
from _tfcore import Dimension, TensorShape

__getattr__ = _tftest.lazy_module(__name__)


def as_shape(shape):
    return shape if isinstance(shape, TensorShape) else TensorShape(shape)


def scalar():
    return TensorShape([])


def unknown_shape(rank=None):
    return TensorShape(None) if rank is None else TensorShape([None] * rank)

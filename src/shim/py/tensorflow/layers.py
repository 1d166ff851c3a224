# tf.layers (TF 1.15's legacy layers: tensorflow/python/layers/core.py, convolutional.py, normalization.py); the
# classes live in _tflayers and _tfnormalization.
from _tflayers import Layer, Dense, dense, Dropout, dropout, Flatten, flatten, Conv1D, Conv2D, Conv3D, conv1d, conv2d, conv3d, Conv2DTranspose, conv2d_transpose
from _tflayers import MaxPooling2D, AveragePooling2D, max_pooling2d, average_pooling2d
from _tfnormalization import BatchNormalization, batch_normalization
from _tflayers import Conv3DTranspose, conv3d_transpose, SeparableConv1D, SeparableConv2D, separable_conv1d, separable_conv2d


def __getattr__(name):
    from _tfcore import _missing_attribute
    _missing_attribute("tensorflow.layers", name)

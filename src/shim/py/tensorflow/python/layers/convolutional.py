# tensorflow.python.layers.convolutional: tf.layers' convolution layers under their module path. Names
# tfscope lacks load as stubs that raise the unsupported-feature error.
import _tftest
from _tflayers import Conv1D, Conv2D, Conv3D, conv1d, conv2d, conv3d

Convolution1D = Conv1D
Convolution2D = Conv2D
Convolution3D = Conv3D
convolution1d = conv1d
convolution2d = conv2d
convolution3d = conv3d

__getattr__ = _tftest.lazy_module(__name__)

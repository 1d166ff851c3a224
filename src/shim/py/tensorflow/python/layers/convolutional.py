# tensorflow.python.layers.convolutional: tf.layers' convolution layers under their module path. Names
# tfscope lacks load as stubs that raise the unsupported-feature error.
import _tftest
from _tflayers import Conv1D, Conv2D, Conv3D, conv1d, conv2d, conv3d, Conv2DTranspose, conv2d_transpose

Convolution2DTranspose = Deconvolution2D = Deconv2D = Conv2DTranspose
convolution2d_transpose = deconvolution2d = deconv2d = conv2d_transpose

Convolution1D = Conv1D
Convolution2D = Conv2D
Convolution3D = Conv3D
convolution1d = conv1d
convolution2d = conv2d
convolution3d = conv3d

__getattr__ = _tftest.lazy_module(__name__)

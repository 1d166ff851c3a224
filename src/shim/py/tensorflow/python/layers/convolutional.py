# tensorflow.python.layers.convolutional: tf.layers' convolution layers under their module path. Names
# tfscope lacks load as stubs that raise the unsupported-feature error.
import _tftest
from _tflayers import (Conv1D, Conv2D, Conv3D, conv1d, conv2d, conv3d, Conv2DTranspose, conv2d_transpose,
                       Conv3DTranspose, conv3d_transpose, SeparableConv1D, SeparableConv2D, separable_conv1d,
                       separable_conv2d)

Convolution2DTranspose = Deconvolution2D = Deconv2D = Conv2DTranspose
Convolution3DTranspose = Deconvolution3D = Deconv3D = Conv3DTranspose
convolution2d_transpose = deconvolution2d = deconv2d = conv2d_transpose
convolution3d_transpose = deconvolution3d = deconv3d = conv3d_transpose
SeparableConvolution2D = SeparableConv2D
separable_convolution2d = separable_conv2d

Convolution1D = Conv1D
Convolution2D = Conv2D
Convolution3D = Conv3D
convolution1d = conv1d
convolution2d = conv2d
convolution3d = conv3d

__getattr__ = _tftest.lazy_module(__name__)

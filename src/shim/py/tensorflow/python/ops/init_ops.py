# tensorflow.python.ops.init_ops: the initializer classes of tf.*.
import _tftest
from _tfcore import (Initializer, constant_initializer, glorot_normal_initializer, glorot_uniform_initializer,
                     ones_initializer, random_normal_initializer, random_uniform_initializer,
                     truncated_normal_initializer, zeros_initializer)
from _tfinit import (ConvolutionDeltaOrthogonal, ConvolutionOrthogonal, ConvolutionOrthogonal1D,
                     ConvolutionOrthogonal2D, ConvolutionOrthogonal3D, Identity, Orthogonal, UniformUnitScaling,
                     VarianceScaling)

__getattr__ = _tftest.lazy_module(__name__)

Zeros = zeros_initializer
Ones = ones_initializer
Constant = constant_initializer
RandomUniform = random_uniform_initializer
RandomNormal = random_normal_initializer
TruncatedNormal = truncated_normal_initializer
GlorotUniform = glorot_uniform_initializer
GlorotNormal = glorot_normal_initializer
uniform_unit_scaling_initializer = UniformUnitScaling
variance_scaling_initializer = VarianceScaling
orthogonal_initializer = Orthogonal
identity_initializer = Identity
convolutional_delta_orthogonal = ConvolutionDeltaOrthogonal
convolutional_orthogonal_1d = ConvolutionOrthogonal1D
convolutional_orthogonal_2d = ConvolutionOrthogonal2D
convolutional_orthogonal_3d = ConvolutionOrthogonal3D

# tensorflow.python.ops.init_ops: the initializer classes of tf.*.
import _tftest
from _tfcore import (Initializer, constant_initializer, glorot_normal_initializer, glorot_uniform_initializer,
                     ones_initializer, random_normal_initializer, random_uniform_initializer,
                     truncated_normal_initializer, variance_scaling_initializer, zeros_initializer)

__getattr__ = _tftest.lazy_module(__name__)

Zeros = zeros_initializer
Ones = ones_initializer
Constant = constant_initializer
RandomUniform = random_uniform_initializer
RandomNormal = random_normal_initializer
TruncatedNormal = truncated_normal_initializer
VarianceScaling = variance_scaling_initializer
GlorotUniform = glorot_uniform_initializer
GlorotNormal = glorot_normal_initializer

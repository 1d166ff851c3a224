# tf.initializers
from _tfcore import (zeros_initializer as zeros, ones_initializer as ones, constant_initializer as constant,
                     random_uniform_initializer as random_uniform, random_normal_initializer as random_normal,
                     truncated_normal_initializer as truncated_normal, glorot_uniform_initializer as glorot_uniform,
                     glorot_normal_initializer as glorot_normal)
from _tfinit import (Identity as identity, Orthogonal as orthogonal, UniformUnitScaling as uniform_unit_scaling,
                     VarianceScaling as variance_scaling)
import _tf
from _tflookup import tables_initializer


def global_variables():
    return _tf.global_variables_initializer()


def local_variables():
    return _tf.local_variables_initializer()


def variables(var_list, name="init"):
    return _tf.variables_initializer(var_list, name)


def __getattr__(name):
    from _tfcore import _missing_attribute
    _missing_attribute("tensorflow.initializers", name)

# tensorflow.python.ops.math_ops: the math ops of tf.*.
import _tftest
from _tfapi import (abs, add, cast, div, divide, equal, exp, floordiv, greater, greater_equal, less, less_equal,
                    log, logical_and, logical_not, logical_or, matmul, maximum, minimum, multiply, negative,
                    not_equal, pow, range, realdiv, reduce_max, reduce_mean, reduce_min, reduce_prod, reduce_sum,
                    sigmoid, sqrt, square, subtract, tanh, truediv)
from _tflinalg import lin_space, linspace, sign

__getattr__ = _tftest.lazy_module(__name__)

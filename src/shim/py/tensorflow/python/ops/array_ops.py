# tensorflow.python.ops.array_ops: the array ops of tf.*.
import _tftest
from _tfapi import (concat, expand_dims, fill, gather, identity, ones, ones_like, placeholder,
                    placeholder_with_default, rank, reshape, shape, size, squeeze, stack, tile, transpose, zeros,
                    zeros_like)
from _tflinalg import diag_part, matrix_diag, matrix_set_diag, matrix_transpose, scatter_nd, slice
from _tfapi import constant  # array_ops.py imports constant_op.constant into its namespace

__getattr__ = _tftest.lazy_module(__name__)

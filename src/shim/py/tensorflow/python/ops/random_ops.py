# tensorflow.python.ops.random_ops: the random ops of tf.* under their module path. Names tfscope lacks
# load as stubs that raise the unsupported-feature error.
import _tftest
from _tfapi import random_normal, random_uniform, truncated_normal

__getattr__ = _tftest.lazy_module(__name__)

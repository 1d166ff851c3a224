# tf.contrib.layers (TF 1.15 contrib/layers/__init__.py): the weight initializers of
# contrib/layers/python/layers/initializers.py and the regularizers of regularizers.py, written as TF
# writes them over the shim's random ops and math ops; contrib's other layers are refused by name.
import math

import _tf
from _tfdtypes import as_dtype
from _tftf_logging import _log

_INITIALIZERS = "tensorflow.contrib.layers.python.layers.initializers"
_REGULARIZERS = "tensorflow.contrib.layers.python.layers.regularizers"


def xavier_initializer(uniform=True, seed=None, dtype=as_dtype("float32")):
    # initializers.py 31-58.
    return variance_scaling_initializer(factor=1.0, mode='FAN_AVG', uniform=uniform, seed=seed, dtype=dtype)


xavier_initializer_conv2d = xavier_initializer


def variance_scaling_initializer(factor=2.0, mode='FAN_IN', uniform=False, seed=None, dtype=as_dtype("float32")):
    # initializers.py 62-153.
    if not dtype.is_floating:
        raise TypeError('Cannot create initializer for non-floating point type.')
    if mode not in ['FAN_IN', 'FAN_OUT', 'FAN_AVG']:
        raise TypeError('Unknown mode %s [FAN_IN, FAN_OUT, FAN_AVG]', mode)

    def _initializer(shape, dtype=dtype, partition_info=None):
        """Initializer function."""
        if not dtype.is_floating:
            raise TypeError('Cannot create initializer for non-floating point type.')
        # Estimating fan_in and fan_out is not possible to do perfectly, but we try.
        # This is the right thing for matrix multiply and convolutions.
        if shape:
            fan_in = float(shape[-2]) if len(shape) > 1 else float(shape[-1])
            fan_out = float(shape[-1])
        else:
            fan_in = 1.0
            fan_out = 1.0
        for dim in shape[:-2]:
            fan_in *= float(dim)
            fan_out *= float(dim)
        if mode == 'FAN_IN':
            # Count only number of input connections.
            n = fan_in
        elif mode == 'FAN_OUT':
            # Count only number of output connections.
            n = fan_out
        elif mode == 'FAN_AVG':
            # Average number of inputs and output connections.
            n = (fan_in + fan_out) / 2.0
        from tensorflow.python.ops import random_ops
        if uniform:
            # To get stddev = math.sqrt(factor / n) need to adjust for uniform.
            limit = math.sqrt(3.0 * factor / n)
            return random_ops.random_uniform(shape, -limit, limit, dtype, seed=seed)
        else:
            # To get stddev = math.sqrt(factor / n) need to adjust for truncated.
            trunc_stddev = math.sqrt(1.3 * factor / n)
            return random_ops.truncated_normal(shape, 0.0, trunc_stddev, dtype, seed=seed)
    return _initializer


def _number_kind(scale):
    """numbers.Integral / numbers.Real / neither for a scale (bool and int are Integral)."""
    if type(scale).__module__ == "numpy":
        _tf.unsupported("a numpy scalar as a tf.contrib.layers regularizer's scale (numbers' registration)")
    if isinstance(scale, int):
        return "integral"
    if isinstance(scale, float):
        return "real"
    return None


def l1_regularizer(scale, scope=None):
    # regularizers.py 37-73.
    kind = _number_kind(scale)
    if kind == "integral":
        raise ValueError('scale cannot be an integer: %s' % scale)
    if kind == "real":
        if scale < 0.:
            raise ValueError('Setting a scale less than 0 on a regularizer: %g' % scale)
        if scale == 0.:
            _log("INFO", 'Scale of 0 disables regularizer.')
            return lambda _: None

    def l1(weights, name=None):
        """Applies L1 regularization to weights."""
        import tensorflow as tf
        with tf.name_scope(scope, 'l1_regularizer', [weights]) as name:
            my_scale = tf.convert_to_tensor(scale, dtype=weights.dtype.base_dtype, name='scale')
            return tf.multiply(my_scale, tf.reduce_sum(tf.abs(weights)), name=name)
    return l1


def l2_regularizer(scale, scope=None):
    # regularizers.py 76-109.
    kind = _number_kind(scale)
    if kind == "integral":
        raise ValueError('scale cannot be an integer: %s' % (scale,))
    if kind == "real":
        if scale < 0.:
            raise ValueError('Setting a scale less than 0 on a regularizer: %g.' % scale)
        if scale == 0.:
            _log("INFO", 'Scale of 0 disables regularizer.')
            return lambda _: None

    def l2(weights):
        """Applies l2 regularization to weights."""
        import tensorflow as tf
        with tf.name_scope(scope, 'l2_regularizer', [weights]) as name:
            my_scale = tf.convert_to_tensor(scale, dtype=weights.dtype.base_dtype, name='scale')
            return tf.multiply(my_scale, tf.nn.l2_loss(weights), name=name)
    return l2


for _f in (xavier_initializer, variance_scaling_initializer):
    _f.__module__ = _INITIALIZERS
for _f in (l1_regularizer, l2_regularizer):
    _f.__module__ = _REGULARIZERS
del _f


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError("module 'tensorflow.contrib.layers' has no attribute '%s'" % name)
    from _tfsurface import _StubValue
    value = _StubValue("tf.contrib.layers." + name)
    globals()[name] = value
    return value

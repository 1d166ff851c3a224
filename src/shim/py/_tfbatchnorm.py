# tf.nn.moments, tf.nn.batch_normalization and tf.nn.fused_batch_norm (tensorflow/python/ops/nn_impl.py
# 1172-1234, 1375-1434 and 1438-1518,
# TF 1.15.5), written as TF writes them over the shim's ops so that every op name and scope is TF's.
import _tf
from _tfgraph import name_scope


def _deprecated_argument_lookup(new_name, new_value, old_name, old_value):
    # util/deprecation.py deprecated_argument_lookup.
    if old_value is not None:
        if new_value is not None:
            raise ValueError("Cannot specify both '%s' and '%s'" % (old_name, new_name))
        return old_value
    return new_value


def moments(x, axes, shift=None, name=None, keep_dims=None, keepdims=None):
    # nn_impl.py 1172-1234 (`shift` is unused there too).
    import tensorflow as tf
    keep_dims = _deprecated_argument_lookup("keepdims", keepdims, "keep_dims", keep_dims)
    if keep_dims is None:
        keep_dims = False
    with name_scope(name, "moments", [x, axes]):
        y = tf.cast(x, tf.float32) if x.dtype == tf.float16 else x
        mean = tf.reduce_mean(y, axes, keepdims=True, name="mean")
        variance = tf.reduce_mean(tf.squared_difference(y, tf.stop_gradient(mean)), axes, keepdims=True,
                                  name="variance")
        if not keep_dims:
            mean = tf.squeeze(mean, axes)
            variance = tf.squeeze(variance, axes)
        if x.dtype == tf.float16:
            return (tf.cast(mean, tf.float16), tf.cast(variance, tf.float16))
        return (mean, variance)


def batch_normalization(x, mean, variance, offset, scale, variance_epsilon, name=None):
    # nn_impl.py 1375-1434: `inv *= scale` is Tensor.__mul__ (tensors have no __imul__).
    import tensorflow as tf
    with name_scope(name, "batchnorm", [x, mean, variance, scale, offset]):
        inv = tf.rsqrt(variance + variance_epsilon)
        if scale is not None:
            inv *= scale
        return x * tf.cast(inv, x.dtype) + tf.cast(offset - mean * inv if offset is not None else -mean * inv, x.dtype)


def fused_batch_norm(x, scale, offset, mean=None, variance=None, epsilon=0.001, data_format="NHWC", is_training=True,
                     name=None):
    # nn_impl.py 1438-1518: FusedBatchNormV3 (compat.forward_compatible(2019, 6, 6) holds in 1.15).
    import tensorflow as tf
    x = tf.convert_to_tensor(x, name="input")
    scale = tf.convert_to_tensor(scale, name="scale")
    offset = tf.convert_to_tensor(offset, name="offset")
    if is_training:
        if (mean is not None) or (variance is not None):
            raise ValueError("Both 'mean' and 'variance' must be None if is_training is True.")
    if mean is None:
        mean = tf.constant([])
    if variance is None:
        variance = tf.constant([])
    min_epsilon = 1.001e-5
    epsilon = epsilon if epsilon > min_epsilon else min_epsilon
    y, batch_mean, batch_var, _, _, _ = _tf.fused_batch_norm_v3(x, scale, offset, mean, variance, epsilon=epsilon,
                                                                data_format=data_format, is_training=is_training,
                                                                name=name)
    return y, batch_mean, batch_var

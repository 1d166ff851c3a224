# tf.nn
import _tf

relu = _tf.relu
relu6 = _tf.relu6
elu = _tf.elu
softplus = _tf.softplus
softsign = _tf.softsign
l2_loss = _tf.l2_loss
sigmoid = _tf.sigmoid
tanh = _tf.tanh
softmax = _tf.softmax
log_softmax = _tf.log_softmax
conv2d = _tf.nn_conv2d
bias_add = _tf.bias_add
xw_plus_b = _tf.xw_plus_b
leaky_relu = _tf.leaky_relu
max_pool2d = _tf.nn_max_pool2d


def _value_or_input(value, input):
    # deprecation.deprecated_argument_lookup("input", input, "value", value)
    if input is not None:
        if value is not None:
            raise ValueError("Cannot specify both 'value' and 'input'")
        return input
    return value


def max_pool(value, ksize, strides, padding, data_format="NHWC", name=None, input=None):
    return _tf.nn_max_pool(_value_or_input(value, input), ksize, strides, padding, data_format, name)


def avg_pool(value, ksize, strides, padding, data_format="NHWC", name=None, input=None):
    return _tf.nn_avg_pool(_value_or_input(value, input), ksize, strides, padding, data_format, name)


avg_pool2d = avg_pool
from _tfxent import (sigmoid_cross_entropy_with_logits, softmax_cross_entropy_with_logits,  # noqa: E402
                     softmax_cross_entropy_with_logits_v2, sparse_softmax_cross_entropy_with_logits,
                     weighted_cross_entropy_with_logits)
from _tfbatchnorm import batch_normalization, fused_batch_norm, moments  # noqa: E402
from _tfembedding import embedding_lookup  # noqa: E402


def dropout(x, keep_prob=None, noise_shape=None, seed=None, name=None, rate=None):
    # nn_ops.py dropout (v1): keep_prob becomes a rate, then dropout_v2.
    try:
        keep = 1. - keep_prob if keep_prob is not None else None
    except TypeError:
        raise ValueError("keep_prob must be a floating point number or Tensor (got %r)" % keep_prob)
    if keep is not None and rate is not None:
        raise ValueError("Cannot specify both 'keep_prob' and 'rate'")
    if keep is not None:
        rate = keep
    if rate is None:
        raise ValueError("You must provide a rate to dropout.")
    return _tf.nn_dropout(x, rate, noise_shape, seed, name)


from tensorflow.nn import rnn_cell  # noqa: E402
from _tfrnn import *  # noqa: E402,F401,F403  (dynamic_rnn, static_rnn, ...: rnn.py)


def __getattr__(name):
    from _tfcore import _missing_attribute
    _missing_attribute("tensorflow.nn", name)

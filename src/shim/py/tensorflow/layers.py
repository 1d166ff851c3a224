# tf.layers (TF 1.15's legacy layers: tensorflow/python/layers/core.py, convolutional.py)
import _tf
from _tfcore import zeros_initializer


class Layer(object):
    def __call__(self, inputs, *args, **kwargs):
        return _tf.layer_apply(self._layer, inputs)

    apply = __call__

    def __getattr__(self, name):
        if name == "_layer":
            raise AttributeError(name)
        return _tf.layer_attr(self._layer, name, type(self).__name__)


class Dense(Layer):
    def __init__(self, units, activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        _unsupported_args(locals())
        self._layer = _tf.layer_dense(units, activation, use_bias, kernel_initializer, bias_initializer,
                                      trainable, name, kwargs.get("dtype"))


class Conv2D(Layer):
    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid", data_format="channels_last",
                 dilation_rate=(1, 1), activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        _unsupported_args(locals())
        self._layer = _tf.layer_conv2d(filters, kernel_size, strides, padding, data_format, dilation_rate,
                                       activation, use_bias, kernel_initializer, bias_initializer, trainable,
                                       name, kwargs.get("dtype"))


def dense(inputs, units, activation=None, use_bias=True, kernel_initializer=None,
          bias_initializer=zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
          activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True, name=None,
          reuse=None):
    _unsupported_args(locals())
    return _tf.layers_dense(inputs, units, activation, use_bias, kernel_initializer, bias_initializer, trainable,
                     name, reuse)


def conv2d(inputs, filters, kernel_size, strides=(1, 1), padding="valid", data_format="channels_last",
           dilation_rate=(1, 1), activation=None, use_bias=True, kernel_initializer=None,
           bias_initializer=zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
           activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True, name=None,
           reuse=None):
    _unsupported_args(locals())
    return _tf.layers_conv2d(inputs, filters, kernel_size, strides, padding, data_format, dilation_rate, activation,
                      use_bias, kernel_initializer, bias_initializer, trainable, name, reuse)


_UNSUPPORTED = ("kernel_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint",
                "bias_constraint")


def _unsupported_args(args):
    for key in _UNSUPPORTED:
        if args[key] is not None:
            _tf.unsupported("tf.layers with %s" % key)


def __getattr__(name):
    from _tfcore import _missing_attribute
    _missing_attribute("tensorflow.layers", name)

# tf.nn
import _tf

relu = _tf.relu
relu6 = _tf.relu6
sigmoid = _tf.sigmoid
tanh = _tf.tanh
softmax = _tf.softmax
conv2d = _tf.nn_conv2d
bias_add = _tf.bias_add
xw_plus_b = _tf.xw_plus_b


def __getattr__(name):
    from _tfcore import _missing_attribute
    _missing_attribute("tensorflow.nn", name)

# tf.compat
from tensorflow.compat import v1


def __getattr__(name):
    from _tfcore import _missing_attribute
    return _missing_attribute("tensorflow.compat", name)


def __dir__():
    from _tfcore import _module_dir
    return _module_dir("tensorflow.compat", globals())

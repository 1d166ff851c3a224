# tf.compat.v1: TF 1.x's namespace, in every profile.
from _tfapi import *
from _tfapi import __version__
from tensorflow import data, errors, gfile, initializers, layers, logging, losses, nn, random, summary, train
from tensorflow import io, python_io


def __getattr__(name):
    if name in ("feature_column", "lookup"):
        # The same modules as tf.feature_column and tf.lookup, loaded on first use.
        import sys
        __import__("tensorflow." + name)
        return sys.modules["tensorflow." + name]
    from _tfcore import _missing_attribute
    return _missing_attribute("tensorflow.compat.v1", name)


def __dir__():
    from _tfcore import _module_dir
    return _module_dir("tensorflow.compat.v1", globals())


import _tfsurface
_tfsurface.prune(globals(), "tensorflow.compat.v1")
del _tfsurface

# tf.compat.v1: TF 1.x's namespace, in every profile.
from _tfapi import *
from _tfapi import __version__
from tensorflow import errors, initializers, layers, nn, random, summary, train


def __getattr__(name):
    from _tfcore import _missing_attribute
    _missing_attribute("tensorflow.compat.v1", name)

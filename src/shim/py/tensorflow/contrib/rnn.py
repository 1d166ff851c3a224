# tf.contrib.rnn (TF 1.15 contrib/rnn/__init__.py): the core cells and static RNNs it re-exports
# (tensorflow.python.ops.rnn_cell, rnn.static_rnn); contrib's own cells are refused by name.
import _tf
from _tfrnn_cell import (BasicLSTMCell, BasicRNNCell, DropoutWrapper, GRUCell, LSTMCell, LSTMStateTuple,
                         MultiRNNCell, RNNCell, ResidualWrapper)
from _tfrnn import static_rnn


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError("module 'tensorflow.contrib.rnn' has no attribute '%s'" % name)
    _tf.unsupported("tf.contrib.rnn." + name)

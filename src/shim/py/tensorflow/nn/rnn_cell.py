# tf.nn.rnn_cell (TF 1.15 golden tensorflow.nn.rnn_cell.pbtxt): the cells of rnn_cell_impl.py (_tfrnn_cell.py).
from _tfrnn_cell import (BasicLSTMCell, BasicRNNCell, DropoutWrapper, GRUCell, LSTMCell, LSTMStateTuple,
                         MultiRNNCell, RNNCell, ResidualWrapper)


def __getattr__(name):
    from _tfcore import _missing_attribute
    _missing_attribute("tensorflow.nn.rnn_cell", name)

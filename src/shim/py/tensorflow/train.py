# tf.train: the optimizers and global-step helpers tfscope models (_tftrain.py).
from _tftrain import (Optimizer, AdagradOptimizer, AdamOptimizer, GradientDescentOptimizer, MomentumOptimizer, assert_global_step, create_global_step,
                      get_global_step, get_or_create_global_step, global_step)
from _tfdevice_setter import replica_device_setter


def __getattr__(name):
    from _tfcore import _missing_attribute
    return _missing_attribute("tensorflow.train", name)

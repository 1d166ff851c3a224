# tf.train: the optimizers and global-step helpers (_tftrain.py), Saver and the checkpoint helpers (_tfsaver.py).
from _tftrain import (Optimizer, AdadeltaOptimizer, AdagradOptimizer, AdamOptimizer, ProximalGradientDescentOptimizer, RMSPropOptimizer, GradientDescentOptimizer, MomentumOptimizer, assert_global_step, create_global_step,
                      get_global_step, get_or_create_global_step, global_step)
from _tfdevice_setter import replica_device_setter
from _tfmoving_averages import ExponentialMovingAverage
from _tflearning_rate import exponential_decay, inverse_time_decay, natural_exp_decay, polynomial_decay
from _tfexample import BytesList, Example, Feature, Features, FloatList, Int64List
from _tfsaver import (Saver, SaverDef, checkpoint_exists, export_meta_graph, generate_checkpoint_state_proto,
                      get_checkpoint_state, import_meta_graph, latest_checkpoint, update_checkpoint_state)


def __getattr__(name):
    from _tfcore import _missing_attribute
    return _missing_attribute("tensorflow.train", name)

# tf.random (TF 1.15)
import _tf

normal = _tf.random_normal
uniform = _tf.random_uniform
truncated_normal = _tf.truncated_normal
set_random_seed = _tf.set_random_seed
set_seed = _tf.set_random_seed


def __getattr__(name):
    from _tfcore import _missing_attribute
    _missing_attribute("tensorflow.random", name)

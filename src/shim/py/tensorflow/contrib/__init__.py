# tensorflow.contrib: TF 1.15 loads it lazily on first use (api_template_v1's LazyLoader); tfscope models
# none of it, so every name read from it says so by name.
import _tf


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError("module 'tensorflow.contrib' has no attribute %r" % name)
    _tf.unsupported("tf.contrib.%s" % name)

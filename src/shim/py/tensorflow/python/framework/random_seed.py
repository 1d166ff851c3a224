# tensorflow.python.framework.random_seed.
import _tf
import _tftest

__getattr__ = _tftest.lazy_module(__name__)

DEFAULT_GRAPH_SEED = 87654321
set_random_seed = _tf.set_random_seed

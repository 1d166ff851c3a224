# tensorflow.python.platform.test (`tf.test`): TensorFlowTestCase and main.
import _tftest
from tensorflow.python.framework import test_util
from tensorflow.python.platform.googletest import main
# test.py: `from unittest import mock` (tf.test.mock).
from unittest import mock

TestCase = test_util.TensorFlowTestCase

__getattr__ = _tftest.lazy_module(__name__)


def is_built_with_cuda():
    return False


def is_gpu_available(cuda_only=False, min_cuda_compute_capability=None):
    return False


def gpu_device_name():
    return ""

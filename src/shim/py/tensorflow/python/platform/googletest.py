# tensorflow.python.platform.googletest: absltest under TF's name.
import _tftest
from absl.testing.absltest import TestCase, main

__getattr__ = _tftest.lazy_module(__name__)

# tensorflow.python.ops.linalg_ops_impl: eye, which linalg_ops and init_ops share.
import _tftest
from _tflinalg import eye

__getattr__ = _tftest.lazy_module(__name__)

# tensorflow.python.ops.gen_linalg_ops: the generated wrappers tfscope models.
import _tftest
from _tflinalg import qr

__getattr__ = _tftest.lazy_module(__name__)

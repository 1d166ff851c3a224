# tensorflow.python.ops.linalg_ops: the linear-algebra ops tfscope models (the rest load as stubs).
import _tftest
from _tflinalg import eye, matrix_transpose, norm, qr

__getattr__ = _tftest.lazy_module(__name__)

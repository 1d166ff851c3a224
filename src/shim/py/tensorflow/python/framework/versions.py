# tensorflow.python.framework.versions: not implemented by tfscope. Its names load as stubs that raise the
# unsupported-feature error when used.
import _tftest

__getattr__ = _tftest.lazy_module(__name__)

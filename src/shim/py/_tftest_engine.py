# Engine entry points TF's test modules reach that `_tf` lacks (src/shim/test-natives.ts), with TF's Python faces.
import _tftest_native
from _tfcore import _Context


def get_default_session():
    return _tftest_native.get_default_session()


def init_scope():
    return _Context(_tftest_native.init_scope())


convert_to_tensor = _tftest_native.convert_to_tensor

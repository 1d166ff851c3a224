# tensorflow.python.eager.context: tfscope runs TF 1.15 in graph mode only, so asking for eager
# execution skips the test (with that reason) rather than pretending to run it.
import _tf
import _tftest

__getattr__ = _tftest.lazy_module(__name__)


def executing_eagerly():
    return _tf.executing_eagerly()


def eager_mode():
    _tftest.eager_skip("context.eager_mode()")


def graph_mode():
    if _tf.executing_eagerly():
        _tftest.unsupported("context.graph_mode() under eager execution")
    return _tftest.NullContext()

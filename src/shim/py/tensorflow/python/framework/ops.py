# tensorflow.python.framework.ops: the graph, name scopes and collections, as the same objects
# `tensorflow` exports. Names tfscope lacks load as stubs that raise the unsupported-feature error.
import _tf
import _tfapi
import _tftest
from _tfcore import Graph, Operation, Tensor, name_scope, name_scope_v2
from _tfapi import (GraphKeys, add_to_collection, add_to_collections, colocate_with, container,
                    control_dependencies, device, get_collection, get_collection_ref, get_default_graph,
                    get_name_scope, op_scope, reset_default_graph, enable_eager_execution,
                    executing_eagerly)
from _tftest_engine import convert_to_tensor, get_default_session, init_scope

__getattr__ = _tftest.lazy_module(__name__)

# The default-graph stack lives in the engine; tests that inspect it (`.stack`) reach a stub object, so
# they fail as unsupported rather than with an AttributeError of tfscope's making.
_default_graph_stack = _tftest.StubValue("tensorflow.python.framework.ops._default_graph_stack")




def executing_eagerly_outside_functions():
    return _tf.executing_eagerly()


def inside_function():
    return False


def _registration_decorator(kind):
    # RegisterGradient/RegisterStatistics/NotDifferentiable record a function for gradients or
    # statistics, which tfscope never computes; the record itself has no visible effect.
    class _Registration(object):
        def __init__(self, op_type, *args):
            if not isinstance(op_type, str):
                raise TypeError("%s must be a string" % kind)
            self._op_type = op_type

        def __call__(self, f):
            return f

    _Registration.__name__ = kind
    return _Registration


RegisterGradient = _registration_decorator("op_type")
RegisterStatistics = _registration_decorator("op_type")


def NotDifferentiable(op_type):
    if not isinstance(op_type, str):
        raise TypeError("op_type must be a string")


NoGradient = NotDifferentiable


def _strip_prefix(name, prefix):
    return name[len(prefix):] if name.startswith(prefix) else name


def strip_name_scope(name, export_scope):
    # ops.py strip_name_scope: the regex replace of a leading `export_scope/` after `^` or `loc:@`.
    import re
    if export_scope:
        if export_scope[-1] == "/":
            export_scope = export_scope[:-1]
        try:
            str_to_replace = r"([\^]|loc:@|^)" + export_scope + r"[\/]+(.*)"
            return re.sub(str_to_replace, r"\1\2", name, count=1)
        except TypeError:
            return name
    return name


def prepend_name_scope(name, import_scope):
    import re
    if import_scope:
        if import_scope[-1] == "/":
            import_scope = import_scope[:-1]
        try:
            str_to_replace = r"([\^]|loc:@|^)(.*)"
            return re.sub(str_to_replace, r"\1" + import_scope + r"/\2", name)
        except TypeError:
            return name
    return name


def _set_call_cpp_shape_fn(call_cpp_shape_fn):
    # ops_test.py installs common_shapes' C++ shape-function caller at load; tfscope's engine always
    # infers shapes with its own functions, so there is nothing to install.
    pass

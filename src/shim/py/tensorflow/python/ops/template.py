# tensorflow.python.ops.template: make_template and the Template class of tf.*.
import _tftest
from _tfcore import Template, make_template

__getattr__ = _tftest.lazy_module(__name__)


def make_template_internal(name_, func_, create_scope_now_=False, unique_name_=None, custom_getter_=None,
                           create_graph_function_=False, **kwargs):
    if create_graph_function_:
        _tftest.unsupported("make_template_internal(create_graph_function_=True) (a defun graph function)")
    return make_template(name_, func_, create_scope_now_, unique_name_, custom_getter_, **kwargs)


def _skip_common_stack_elements(stacktrace, base_case):
    # The frames of `stacktrace` from the first one that differs from `base_case`; when none differs
    # (within the shorter length), just its last frame.
    for i, (frame, base) in enumerate(zip(stacktrace, base_case)):
        if frame != base:
            return stacktrace[i:]
    return stacktrace[-1:]

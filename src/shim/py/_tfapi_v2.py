# TF 2.x's `tf.*` namespace (the `--tf 2` profile): TF1-only symbols live only under tf.compat.v1, and
# `tf.name_scope` is the v2 class taking just a name.
from _tfapi import *
from _tfapi import __version__ as _v1_version
from _tfcore import name_scope_v2 as name_scope
from _tfcore import Variable
import _tfapi


def convert_to_tensor(value, dtype=None, dtype_hint=None, name=None):
    # ops.py convert_to_tensor_v2: TF 2's order of arguments.
    return _tfapi.convert_to_tensor(value, dtype, name, None, dtype_hint)


__version__ = "2.10.1"

# Removed from the top level in TF 2 (still in tf.compat.v1); accessing them raises AttributeError.
REMOVED_IN_V2 = ("variable_scope", "get_variable", "get_local_variable", "get_variable_scope", "placeholder",
              "placeholder_with_default", "Session", "InteractiveSession", "AUTO_REUSE", "op_scope",
              "variable_op_scope", "global_variables_initializer", "initialize_all_variables",
              "local_variables_initializer", "variables_initializer", "initialize_variables",
              "report_uninitialized_variables", "global_variables", "all_variables", "trainable_variables",
              "local_variables", "model_variables", "get_collection", "get_collection_ref",
              "add_to_collection", "add_to_collections", "get_default_graph", "reset_default_graph",
              "VariableScope", "VariableV1", "GraphKeys", "div", "random_normal", "random_uniform",
              "truncated_normal", "set_random_seed", "assign", "assign_add", "assign_sub",
              "glorot_uniform_initializer", "glorot_normal_initializer", "variance_scaling_initializer",
              "enable_eager_execution", "disable_eager_execution", "disable_v2_behavior", "enable_v2_behavior",
              "log")
for _name in REMOVED_IN_V2:
    if _name in globals():
        del globals()[_name]
del _name


def _v2_only(name):
    def stub(*args, **kwargs):
        raise _tfapi._tf.unsupported("tf.%s under TF 2 (its v2 signature differs from TF 1.x's)" % name)
    return stub


# TF 2 keeps these names with v2 semantics tfscope does not model.
zeros_initializer = _v2_only("zeros_initializer")
ones_initializer = _v2_only("ones_initializer")
constant_initializer = _v2_only("constant_initializer")
random_uniform_initializer = _v2_only("random_uniform_initializer")
random_normal_initializer = _v2_only("random_normal_initializer")
truncated_normal_initializer = _v2_only("truncated_normal_initializer")

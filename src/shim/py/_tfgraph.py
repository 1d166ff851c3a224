# Graphs and scopes (tensorflow/python/framework/ops.py Graph, ops.name_scope; variable_scope.py
# variable_scope and VariableScope), as thin shells around the engine's. _tfcore re-exports every name.
import _tf
from _tfcore import _EngineObject


# ---- graphs

class Graph(_EngineObject):
    __module__ = "tensorflow.python.framework.ops"

    def __new__(cls):
        return _tf.new_graph()

    def __init__(self):
        pass

    def as_default(self):
        return _Context(_tf.graph_as_default(self))

    def name_scope(self, name):
        return _Context(_tf.graph_name_scope(self, name))

    def control_dependencies(self, control_inputs):
        return _Context(_tf.graph_control_dependencies(self, control_inputs))

    def device(self, device_name_or_function):
        from _tfdevice import graph_device
        return graph_device(self, device_name_or_function)

    def colocate_with(self, op, ignore_existing=False):
        from _tfdevice import graph_colocate_with
        return graph_colocate_with(self, op, ignore_existing)

    def get_operations(self):
        return _tf.graph_call(self, "get_operations")

    # ops.py `_building_function`: init_scope lifts out of a graph marked as building a function (what
    # a FuncGraph is; tfscope builds none itself).
    @property
    def _building_function(self):
        return _tf.attr(self, "building_function")

    @_building_function.setter
    def _building_function(self, value):
        _tf.graph_set_building_function(self, value)

    # ops.py 2963-2989: this thread's (priority, creator) list itself, so a saved stack restores.
    @property
    def _variable_creator_stack(self):
        return _tf.graph_creator_stack(self)

    @_variable_creator_stack.setter
    def _variable_creator_stack(self, variable_creator_stack):
        _tf.graph_set_creator_stack(self, variable_creator_stack)

    def get_operation_by_name(self, name):
        return _tf.graph_call(self, "get_operation_by_name", name)

    def get_tensor_by_name(self, name):
        return _tf.graph_call(self, "get_tensor_by_name", name)

    def as_graph_element(self, obj, allow_tensor=True, allow_operation=True):
        return _tf.graph_call(self, "as_graph_element", obj, allow_tensor, allow_operation)

    def get_collection(self, name, scope=None):
        return _tf.get_collection(name, scope, self)

    def get_collection_ref(self, name):
        return _tf.get_collection_ref(name, self)

    def add_to_collection(self, name, value):
        _tf.add_to_collection(name, value, self)

    def add_to_collections(self, names, value):
        _tf.add_to_collections(names, value, self)

    def clear_collection(self, name):
        _tf.graph_call(self, "clear_collection", name)

    def get_all_collection_keys(self):
        return _tf.graph_call(self, "get_all_collection_keys")

    def unique_name(self, name, mark_as_used=True):
        return _tf.graph_call(self, "unique_name", name, mark_as_used)

    def get_name_scope(self):
        return _tf.graph_call(self, "get_name_scope")

    def finalize(self):
        _tf.graph_call(self, "finalize")

    def _unsafe_unfinalize(self):
        _tf.graph_call(self, "_unsafe_unfinalize")

    def is_feedable(self, tensor):
        return _tf.graph_is_feedable(self, tensor)

    def is_fetchable(self, tensor_or_op):
        return _tf.graph_is_fetchable(self, tensor_or_op)

    def create_op(self, op_type, inputs, dtypes=None, input_types=None, name=None, attrs=None,
                  op_def=None, compute_shapes=True, compute_device=True):
        return _tf.graph_create_op(self, op_type, inputs, dtypes, name, attrs)


_tf.register_classes(Graph=Graph)


class _Context(object):
    # An engine context manager driven by `with`.
    def __init__(self, cm):
        self._cm = cm

    def __enter__(self):
        return _tf.cm_enter(self._cm)

    def __exit__(self, exc_type, exc_value, tb):
        _tf.cm_exit(self._cm)
        return False


class _NullContext(object):
    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        return False


# ---- scopes

class name_scope(object):
    """tf.name_scope(name, default_name=None, values=None) (TF1)."""
    __module__ = "tensorflow.python.framework.ops"

    def __init__(self, name, default_name=None, values=None):
        self._cm = _tf.name_scope(name, default_name, values)

    def __enter__(self):
        return _tf.cm_enter(self._cm)

    def __exit__(self, exc_type, exc_value, tb):
        _tf.cm_exit(self._cm)
        return False


class name_scope_v2(object):
    """tf.name_scope(name) (TF2)."""
    __module__ = "tensorflow.python.framework.ops"

    def __init__(self, name):
        self._cm = _tf.name_scope_v2(name)

    def __enter__(self):
        return _tf.cm_enter(self._cm)

    def __exit__(self, exc_type, exc_value, tb):
        _tf.cm_exit(self._cm)
        return False

    @property
    def name(self):
        return _tf.cm_attr(self._cm, "name")


class variable_scope(object):
    """tf.variable_scope(name_or_scope, default_name=None, values=None, ...)."""
    __module__ = "tensorflow.python.ops.variable_scope"

    def __init__(self, name_or_scope, default_name=None, values=None, initializer=None,
                 regularizer=None, caching_device=None, partitioner=None, custom_getter=None,
                 reuse=None, dtype=None, use_resource=None, constraint=None,
                 auxiliary_name_scope=True):
        self._cm = _tf.variable_scope(name_or_scope, default_name, values, initializer, regularizer,
                                      caching_device, partitioner, custom_getter, reuse, dtype,
                                      use_resource, constraint, auxiliary_name_scope)

    def __enter__(self):
        return _tf.cm_enter(self._cm)

    def __exit__(self, exc_type, exc_value, tb):
        _tf.cm_exit(self._cm)
        return False


class VariableScope(_EngineObject):
    __module__ = "tensorflow.python.ops.variable_scope"

    def __new__(cls, reuse, name="", initializer=None, regularizer=None, caching_device=None,
                partitioner=None, custom_getter=None, name_scope="", dtype=None, use_resource=None,
                constraint=None):
        return _tf.new_variable_scope(reuse, name, initializer, regularizer, caching_device,
                                      partitioner, custom_getter, name_scope, dtype, use_resource,
                                      constraint)

    def __init__(self, *args, **kwargs):
        pass

    def __repr__(self):
        return "<tensorflow.python.ops.variable_scope.VariableScope object at 0x%x>" % id(self)

    __str__ = __repr__

    def reuse_variables(self):
        _tf.scope_call(self, "reuse_variables")

    def set_initializer(self, initializer):
        _tf.scope_call(self, "set_initializer", initializer)

    def set_dtype(self, dtype):
        _tf.scope_call(self, "set_dtype", dtype)

    def set_use_resource(self, use_resource):
        _tf.scope_call(self, "set_use_resource", use_resource)

    def set_regularizer(self, regularizer):
        _tf.scope_call(self, "set_regularizer", regularizer)

    def set_caching_device(self, caching_device):
        _tf.scope_call(self, "set_caching_device", caching_device)

    def set_partitioner(self, partitioner):
        _tf.scope_call(self, "set_partitioner", partitioner)

    def set_custom_getter(self, custom_getter):
        _tf.scope_call(self, "set_custom_getter", custom_getter)

    def get_collection(self, name):
        return _tf.scope_call(self, "get_collection", name)

    def trainable_variables(self):
        return _tf.scope_call(self, "trainable_variables")

    def global_variables(self):
        return _tf.scope_call(self, "global_variables")

    def local_variables(self):
        return _tf.scope_call(self, "local_variables")

    def get_variable(self, var_store, name, shape=None, dtype=None, initializer=None,
                     regularizer=None, reuse=None, trainable=None, collections=None,
                     caching_device=None, partitioner=None, validate_shape=True, use_resource=None,
                     custom_getter=None, constraint=None, synchronization=None, aggregation=None):
        return _tf.scope_get_variable(self, name, shape, dtype, initializer, regularizer, trainable,
                                      collections, caching_device, partitioner, validate_shape,
                                      use_resource, custom_getter, constraint, synchronization,
                                      aggregation)


_tf.register_classes(VariableScope=VariableScope)


class _ReuseMode(object):
    __module__ = "tensorflow.python.ops.variable_scope"

    def __repr__(self):
        return "<_ReuseMode.AUTO_REUSE: 1>"

    def __str__(self):
        return "_ReuseMode.AUTO_REUSE"

    @property
    def name(self):
        return "AUTO_REUSE"

    @property
    def value(self):
        return 1


AUTO_REUSE = _ReuseMode()
_tf.set_auto_reuse(AUTO_REUSE)

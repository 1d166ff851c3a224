# The Python face of tfscope's TensorFlow engine. Every class here is a thin shell around an engine
# object (held as an opaque handle in `_h`); the behaviour lives in the engine, reached through the
# native module `_tf`. The public `tensorflow` modules re-export these names.
import enum

import _tf


def _make(cls, h):
    # Engine objects are wrapped without running __init__ (whose signature is TF's constructor).
    o = object.__new__(cls)
    o._h = h
    return o


_tf.register_factory(_make)


class _EngineObject(object):
    def __getattr__(self, name):
        return _tf.attr(self, name)

    def __repr__(self):
        return _tf.repr(self)

    def __str__(self):
        return _tf.str(self)


# ---- errors (tensorflow/python/framework/errors_impl.py)

class OpError(Exception):
    __module__ = "tensorflow.python.framework.errors_impl"

    def __init__(self, node_def, op, message, error_code=None):
        super(OpError, self).__init__()
        self._node_def = node_def
        self._op = op
        self._message = message
        self._error_code = error_code

    @property
    def message(self):
        return self._message

    @property
    def op(self):
        return self._op

    @property
    def node_def(self):
        return self._node_def

    @property
    def error_code(self):
        return self._error_code

    def __str__(self):
        return self._message


def _op_error(name, code):
    cls = type(name, (OpError,), {"__module__": "tensorflow.python.framework.errors_impl"})

    def __init__(self, node_def, op, message):
        OpError.__init__(self, node_def, op, message, code)

    cls.__init__ = __init__
    return cls


CancelledError = _op_error("CancelledError", 1)
UnknownError = _op_error("UnknownError", 2)
InvalidArgumentError = _op_error("InvalidArgumentError", 3)
DeadlineExceededError = _op_error("DeadlineExceededError", 4)
NotFoundError = _op_error("NotFoundError", 5)
AlreadyExistsError = _op_error("AlreadyExistsError", 6)
PermissionDeniedError = _op_error("PermissionDeniedError", 7)
ResourceExhaustedError = _op_error("ResourceExhaustedError", 8)
FailedPreconditionError = _op_error("FailedPreconditionError", 9)
AbortedError = _op_error("AbortedError", 10)
OutOfRangeError = _op_error("OutOfRangeError", 11)
UnimplementedError = _op_error("UnimplementedError", 12)
InternalError = _op_error("InternalError", 13)
UnavailableError = _op_error("UnavailableError", 14)
DataLossError = _op_error("DataLossError", 15)
UnauthenticatedError = _op_error("UnauthenticatedError", 16)

_tf.register_errors(OpError, CancelledError, UnknownError, InvalidArgumentError, DeadlineExceededError,
                    NotFoundError, AlreadyExistsError, PermissionDeniedError, ResourceExhaustedError,
                    FailedPreconditionError, AbortedError, OutOfRangeError, UnimplementedError,
                    InternalError, UnavailableError, DataLossError, UnauthenticatedError)


# ---- dtypes, shapes

class DType(_EngineObject):
    __module__ = "tensorflow.python.framework.dtypes"

    def __init__(self, type_enum):
        raise TypeError("tfscope: construct dtypes with tf.as_dtype")

    def __eq__(self, other):
        return _tf.dtype_eq(self, other)

    def __ne__(self, other):
        return not _tf.dtype_eq(self, other)

    def __hash__(self):
        return _tf.attr(self, "as_datatype_enum")

    def is_compatible_with(self, other):
        return _tf.dtype_compatible(self, other)


class Dimension(_EngineObject):
    __module__ = "tensorflow.python.framework.tensor_shape"

    def __new__(cls, value):
        return _tf.dimension(value)

    def __init__(self, value):
        pass

    def __int__(self):
        return _tf.dim_int(self)

    def __index__(self):
        return _tf.dim_int(self)

    def __eq__(self, other):
        return _tf.dim_op("eq", self, other)

    def __ne__(self, other):
        return _tf.dim_op("ne", self, other)

    def __lt__(self, other):
        return _tf.dim_op("lt", self, other)

    def __le__(self, other):
        return _tf.dim_op("le", self, other)

    def __gt__(self, other):
        return _tf.dim_op("gt", self, other)

    def __ge__(self, other):
        return _tf.dim_op("ge", self, other)

    def __hash__(self):
        return hash(_tf.attr(self, "value"))

    def __add__(self, other):
        return _tf.dim_op("add", self, other)

    def __radd__(self, other):
        return _tf.dim_op("add", self, other)

    def __sub__(self, other):
        return _tf.dim_op("sub", self, other)

    def __rsub__(self, other):
        return _tf.dim_op("rsub", self, other)

    def __mul__(self, other):
        return _tf.dim_op("mul", self, other)

    def __rmul__(self, other):
        return _tf.dim_op("mul", self, other)

    def __floordiv__(self, other):
        return _tf.dim_op("floordiv", self, other)

    def __mod__(self, other):
        return _tf.dim_op("mod", self, other)

    def is_compatible_with(self, other):
        return _tf.dim_op("compatible", self, other)

    def merge_with(self, other):
        return _tf.dim_op("merge", self, other)


class TensorShape(_EngineObject):
    __module__ = "tensorflow.python.framework.tensor_shape"

    def __new__(cls, dims):
        return _tf.tensor_shape(dims)

    def __init__(self, dims):
        pass

    def __len__(self):
        return _tf.shape_len(self)

    def __getitem__(self, key):
        return _tf.shape_getitem(self, key)

    def __iter__(self):
        return iter(_tf.shape_dims(self))

    def __eq__(self, other):
        return _tf.shape_eq(self, other)

    def __ne__(self, other):
        return not _tf.shape_eq(self, other)

    __hash__ = None

    def __bool__(self):
        return _tf.attr(self, "ndims") is not None

    def as_list(self):
        return _tf.shape_as_list(self)

    def is_fully_defined(self):
        return _tf.attr(self, "_fully_defined")

    def num_elements(self):
        return _tf.attr(self, "_num_elements")

    def is_compatible_with(self, other):
        return _tf.shape_op("compatible", self, other)

    def merge_with(self, other):
        return _tf.shape_op("merge", self, other)

    def concatenate(self, other):
        return _tf.shape_op("concatenate", self, other)

    def with_rank(self, rank):
        return _tf.shape_op("with_rank", self, rank)

    def assert_is_compatible_with(self, other):
        _tf.shape_op("assert_compatible", self, other)

    def assert_has_rank(self, rank):
        _tf.shape_op("assert_rank", self, rank)


# ---- graph elements

class _TensorLike(_EngineObject):
    # Operators, as ops.py `_OverrideBinaryOperatorHelper` installs them on Tensor and Variable.
    def __add__(self, other):
        return _tf.binop("add", self, other, False)

    def __radd__(self, other):
        return _tf.binop("add", self, other, True)

    def __sub__(self, other):
        return _tf.binop("sub", self, other, False)

    def __rsub__(self, other):
        return _tf.binop("sub", self, other, True)

    def __mul__(self, other):
        return _tf.binop("mul", self, other, False)

    def __rmul__(self, other):
        return _tf.binop("mul", self, other, True)

    def __truediv__(self, other):
        return _tf.binop("truediv", self, other, False)

    def __rtruediv__(self, other):
        return _tf.binop("truediv", self, other, True)

    def __floordiv__(self, other):
        return _tf.binop("floordiv", self, other, False)

    def __rfloordiv__(self, other):
        return _tf.binop("floordiv", self, other, True)

    def __mod__(self, other):
        return _tf.binop("mod", self, other, False)

    def __rmod__(self, other):
        return _tf.binop("mod", self, other, True)

    def __pow__(self, other):
        return _tf.binop("pow", self, other, False)

    def __rpow__(self, other):
        return _tf.binop("pow", self, other, True)

    def __matmul__(self, other):
        return _tf.binop("matmul", self, other, False)

    def __rmatmul__(self, other):
        return _tf.binop("matmul", self, other, True)

    def __and__(self, other):
        return _tf.binop("and", self, other, False)

    def __rand__(self, other):
        return _tf.binop("and", self, other, True)

    def __or__(self, other):
        return _tf.binop("or", self, other, False)

    def __ror__(self, other):
        return _tf.binop("or", self, other, True)

    def __xor__(self, other):
        return _tf.binop("xor", self, other, False)

    def __rxor__(self, other):
        return _tf.binop("xor", self, other, True)

    def __lt__(self, other):
        return _tf.binop("lt", self, other, False)

    def __le__(self, other):
        return _tf.binop("le", self, other, False)

    def __gt__(self, other):
        return _tf.binop("gt", self, other, False)

    def __ge__(self, other):
        return _tf.binop("ge", self, other, False)

    def __neg__(self):
        return _tf.unop("neg", self)

    def __abs__(self):
        return _tf.unop("abs", self)

    def __invert__(self):
        return _tf.unop("invert", self)

    def __eq__(self, other):
        return _tf.tensor_eq(self, other)

    def __ne__(self, other):
        return _tf.tensor_ne(self, other)

    def __hash__(self):
        _tf.check_hashable(self)
        return id(self)

    def __bool__(self):
        return _tf.tensor_bool(self)

    def __len__(self):
        return _tf.tensor_len(self)

    def __iter__(self):
        return iter(_tf.tensor_iter(self))

    def __getitem__(self, key):
        return _tf.tensor_getitem(self, key)

    def get_shape(self):
        return _tf.attr(self, "shape")

    def eval(self, feed_dict=None, session=None):
        return _tf.eval_tensor(self, feed_dict, session)


class Tensor(_TensorLike):
    __module__ = "tensorflow.python.framework.ops"

    def __init__(self, op, value_index, dtype):
        raise TypeError("tfscope: tensors are made by ops")

    def set_shape(self, shape):
        _tf.tensor_set_shape(self, shape)

    def consumers(self):
        return _tf.tensor_consumers(self)


class EagerTensor(Tensor):
    """TF 2.x eager tensor (ops.py `_EagerTensorBase`): holds its value."""
    __module__ = "tensorflow.python.framework.ops"

    def numpy(self):
        return _tf.eager_numpy(self)

    def __bool__(self):
        return bool(self.numpy())

    def __int__(self):
        return int(self.numpy())

    def __float__(self):
        return float(self.numpy())

    def __index__(self):
        return self.numpy().__index__()

    def __len__(self):
        shape = _tf.attr(self, "shape")
        if not len(shape):
            raise TypeError("Scalar tensor has no `len()`")
        return shape[0]

    def consumers(self):
        return _tf.attr(self, "consumers")


class Operation(_EngineObject):
    __module__ = "tensorflow.python.framework.ops"

    def __init__(self, *args, **kwargs):
        raise TypeError("tfscope: operations are made by ops")

    def values(self):
        return tuple(_tf.attr(self, "outputs"))

    def run(self, feed_dict=None, session=None):
        _tf.run_operation(self, feed_dict, session)

    def get_attr(self, name):
        return _tf.op_get_attr(self, name)


class Variable(_TensorLike):
    __module__ = "tensorflow.python.ops.variables"

    def __new__(cls, initial_value=None, trainable=None, collections=None, validate_shape=True,
                caching_device=None, name=None, variable_def=None, dtype=None, expected_shape=None,
                import_scope=None, constraint=None, use_resource=None, synchronization=None,
                aggregation=None, shape=None):
        return _tf.make_variable(initial_value, trainable, collections, validate_shape, caching_device,
                                 name, variable_def, dtype, expected_shape, import_scope, constraint,
                                 use_resource, synchronization, aggregation, shape, cls)

    def __init__(self, *args, **kwargs):
        pass

    def value(self):
        return _tf.var_method(self, "value")

    def read_value(self):
        return _tf.var_method(self, "read_value")

    def initialized_value(self):
        return _tf.var_method(self, "initialized_value")

    def assign(self, value, use_locking=None, name=None, read_value=True):
        return _tf.var_assign("assign", self, value, use_locking, name, read_value)

    def assign_add(self, delta, use_locking=None, name=None, read_value=True):
        return _tf.var_assign("assign_add", self, delta, use_locking, name, read_value)

    def assign_sub(self, delta, use_locking=None, name=None, read_value=True):
        return _tf.var_assign("assign_sub", self, delta, use_locking, name, read_value)

    def load(self, value, session=None):
        _tf.var_load(self, value, session)

    def set_shape(self, shape):
        _tf.tensor_set_shape(self, shape)


VariableV1 = Variable


class RefVariable(Variable):
    __module__ = "tensorflow.python.ops.variables"


class ResourceVariable(Variable):
    __module__ = "tensorflow.python.ops.resource_variable_ops"


class VariableSynchronization(enum.Enum):
    __module__ = "tensorflow.python.ops.variables"
    AUTO = 0
    NONE = 1
    ON_WRITE = 2
    ON_READ = 3


class VariableAggregationV2(enum.Enum):
    __module__ = "tensorflow.python.ops.variables"
    NONE = 0
    SUM = 1
    MEAN = 2
    ONLY_FIRST_REPLICA = 3


class VariableAggregation(enum.Enum):
    __module__ = "tensorflow.python.ops.variables"
    NONE = 0
    SUM = 1
    MEAN = 2
    ONLY_FIRST_REPLICA = 3
    ONLY_FIRST_TOWER = 3


_tf.register_classes(VariableSynchronization=VariableSynchronization, VariableAggregation=VariableAggregation)


class PartitionedVariable(_EngineObject):
    __module__ = "tensorflow.python.ops.variables"

    def __init__(self, *args, **kwargs):
        raise TypeError("tfscope: partitioned variables are made by get_variable")

    def __iter__(self):
        return iter(_tf.attr(self, "_variable_list"))

    def __len__(self):
        return len(_tf.attr(self, "_variable_list"))

    def _get_variable_list(self):
        return list(_tf.attr(self, "_variable_list"))

    def _get_partitions(self):
        return _tf.attr(self, "_partitions")

    def as_tensor(self):
        return _tf.unsupported("PartitionedVariable.as_tensor (concatenating the shards)")

    def get_shape(self):
        return _tf.attr(self, "shape")


def _is_sequence(x):
    return isinstance(x, (list, tuple))


class _PartitionInfo(object):
    """Where one partition sits in a partitioned variable (variable_scope.py _PartitionInfo)."""

    def __init__(self, full_shape, var_offset):
        for arg, value in (("full_shape", full_shape), ("var_offset", var_offset)):
            if not _is_sequence(value):
                raise TypeError("`%s` must be a sequence (like tuple or list) instead of %s"
                                % (arg, type(value).__name__))
        if len(var_offset) != len(full_shape):
            raise ValueError("Expected equal length, but `var_offset` is of length {} while full_shape is of "
                             "length {}.".format(len(var_offset), len(full_shape)))
        for offset, size in zip(var_offset, full_shape):
            if not 0 <= offset < size:
                raise ValueError("Expected 0 <= offset < shape but found offset={}, shape={} for var_offset={}, "
                                 "full_shape={}".format(offset, size, var_offset, full_shape))
        self._full_shape = full_shape
        self._var_offset = var_offset

    @property
    def full_shape(self):
        return self._full_shape

    @property
    def var_offset(self):
        return self._var_offset

    def single_offset(self, shape):
        dim = self.single_slice_dim(shape)
        return 0 if dim is None else self.var_offset[dim]

    def single_slice_dim(self, shape):
        if not _is_sequence(shape):
            raise TypeError("`shape` must be a sequence (like tuple or list) instead of " + type(shape).__name__)
        full = self.full_shape
        if len(shape) != len(full):
            raise ValueError("Expected equal length, but received shape={} of length {} while self.full_shape={} "
                             "is of length {}.".format(shape, len(shape), full, len(full)))
        for i, size in enumerate(shape):
            if self.var_offset[i] + size > full[i]:
                raise ValueError("With self.var_offset={}, a partition of shape={} would exceed self.full_shape={} "
                                 "in dimension {}.".format(self.var_offset, shape, full, i))
        found = None
        for i, size in enumerate(shape):
            if size == full[i]:
                continue
            if found is not None:
                raise ValueError("Cannot use single_slice_dim() with shape={} and self.full_shape={} since slice "
                                 "dim could be either dimension {} or {}.".format(shape, full, i, found))
            found = i
        return found


_tf.register_classes(PartitionInfo=_PartitionInfo)
class _EagerResourceVariable(ResourceVariable):
    def numpy(self):
        return _tf.eager_numpy(self)

    def value(self):
        return _tf.unsupported("reading an eager variable as a tensor (value())")

    def read_value(self):
        return _tf.unsupported("reading an eager variable as a tensor (read_value())")


_EagerResourceVariable.__name__ = "ResourceVariable"
_EagerResourceVariable.__qualname__ = "ResourceVariable"
_tf.register_classes(EagerTensor=EagerTensor, EagerVariable=_EagerResourceVariable)
_tf.register_classes(Tensor=Tensor, Operation=Operation, RefVariable=RefVariable,
                     ResourceVariable=ResourceVariable, PartitionedVariable=PartitionedVariable,
                     DType=DType, TensorShape=TensorShape, Dimension=Dimension)


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
        return _NullContext()

    def colocate_with(self, op, ignore_existing=False):
        return _NullContext()

    def get_operations(self):
        return _tf.graph_call(self, "get_operations")

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
        return True

    def is_fetchable(self, tensor_or_op):
        return True

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


# ---- sessions

class Session(object):
    __module__ = "tensorflow.python.client.session"

    def __init__(self, target="", graph=None, config=None):
        self._h = _tf.session_new(self, graph, type(self).__name__)

    @property
    def graph(self):
        return _tf.session_attr(self._h, "graph")

    @property
    def graph_def(self):
        return _tf.session_attr(self._h, "graph_def")

    @property
    def sess_str(self):
        return ""

    def run(self, fetches, feed_dict=None, options=None, run_metadata=None):
        return _tf.session_run(self._h, fetches, feed_dict)

    def close(self):
        _tf.session_close(self._h)

    def as_default(self):
        return _Context(_tf.session_as_default(self._h))

    def __enter__(self):
        self._ctx = _tf.session_context(self._h)
        _tf.cm_enter(self._ctx)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        _tf.cm_exit(self._ctx)
        return False

    def __del__(self):
        pass


class InteractiveSession(Session):
    __module__ = "tensorflow.python.client.session"

    def __init__(self, target="", graph=None, config=None):
        Session.__init__(self, target, graph, config)
        _tf.session_install_interactive(self._h)

    def close(self):
        _tf.session_close(self._h)


_tf.register_classes(Session=Session)


# ---- initializers (init_ops.py classes; the engine builds their ops)

class Initializer(object):
    __module__ = "tensorflow.python.ops.init_ops"

    def __new__(cls, *args, **kwargs):
        # The engine hands back its own initializers (a scope's default) as Initializer objects.
        o = object.__new__(cls)
        if cls is Initializer and len(args) == 1 and not kwargs:
            o._init = args[0]
        return o

    def __call__(self, shape, dtype=None, partition_info=None):
        return _tf.initializer_call(self._init, shape, dtype, partition_info)

    def get_config(self):
        return _tf.initializer_config(self._init)


def _initializer_class(name, kind, signature):
    def __init__(self, *args, **kwargs):
        self._init = _tf.make_initializer(kind, signature, args, kwargs)

    return type(name, (Initializer,), {"__init__": __init__, "__module__": "tensorflow.python.ops.init_ops"})


zeros_initializer = _initializer_class("Zeros", "zeros", ("dtype",))
ones_initializer = _initializer_class("Ones", "ones", ("dtype",))
constant_initializer = _initializer_class("Constant", "constant", ("value", "dtype", "verify_shape"))
random_uniform_initializer = _initializer_class("RandomUniform", "random_uniform",
                                                ("minval", "maxval", "seed", "dtype"))
random_normal_initializer = _initializer_class("RandomNormal", "random_normal",
                                               ("mean", "stddev", "seed", "dtype"))
truncated_normal_initializer = _initializer_class("TruncatedNormal", "truncated_normal",
                                                  ("mean", "stddev", "seed", "dtype"))
glorot_uniform_initializer = _initializer_class("GlorotUniform", "glorot_uniform", ("seed", "dtype"))
glorot_normal_initializer = _initializer_class("GlorotNormal", "glorot_normal", ("seed", "dtype"))
variance_scaling_initializer = _initializer_class("VarianceScaling", "variance_scaling",
                                                  ("scale", "mode", "distribution", "seed", "dtype"))
_tf.register_classes(Initializer=Initializer)


# ---- templates (tensorflow/python/ops/template.py)

class Template(object):
    __module__ = "tensorflow.python.ops.template"

    def __init__(self, name, func, create_scope_now=False, unique_name=None, custom_getter=None, **kwargs):
        self._t = _tf.make_template(name, create_scope_now, unique_name, custom_getter)
        self._func = func
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        kw = dict(self._kwargs)
        kw.update(kwargs)
        return _tf.template_call(self._t, lambda: self._func(*args, **kw))

    def __getattr__(self, name):
        if name in ("_t", "_func", "_kwargs"):
            raise AttributeError(name)
        return _tf.template_attr(self._t, name)


def make_template(name_, func_, create_scope_now_=False, unique_name_=None, custom_getter_=None, **kwargs):
    return Template(name_, func_, create_scope_now=create_scope_now_, unique_name=unique_name_,
                    custom_getter=custom_getter_, **kwargs)


# ---- names TensorFlow has that tfscope does not model

def _missing_attribute(module, name, removed=()):
    """Module __getattr__: a private or removed name is a genuine AttributeError; any other public name
    may exist in TensorFlow, so tfscope says it lacks it rather than claiming TF does."""
    if name.startswith("_") or name in removed:
        raise AttributeError("module '%s' has no attribute '%s'" % (module, name))
    _tf.unsupported("%s.%s" % (module.replace("tensorflow", "tf", 1), name))

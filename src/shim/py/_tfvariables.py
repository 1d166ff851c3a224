# TF's variable classes (tensorflow/python/ops/variables.py, resource_variable_ops.py), as thin shells
# around the engine's variables. _tfcore re-exports every name.
import enum

import _tf
from _tfcore import DType, Dimension, EagerTensor, Operation, Tensor, TensorShape, _EngineObject, _TensorLike


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

    def __hash__(self):
        return hash(self.value)

    # variables.py 118-124: a V2 member equals the V1 member of the same value (and, through Python's
    # reflected ==, a V1 member equals the V2 one).
    def __eq__(self, other):
        if self is other:
            return True
        elif isinstance(other, VariableAggregation):
            return int(self.value) == int(other.value)
        else:
            return False


class VariableAggregation(enum.Enum):
    __module__ = "tensorflow.python.ops.variables"
    NONE = 0
    SUM = 1
    MEAN = 2
    ONLY_FIRST_REPLICA = 3
    ONLY_FIRST_TOWER = 3

    def __hash__(self):
        return hash(self.value)


_tf.register_classes(VariableSynchronization=VariableSynchronization, VariableAggregation=VariableAggregation)


# What TF 1.15's Variable, VariableV1 and RefVariable define (variables.py: methods and the attributes their
# methods set), public and private: reading one tfscope lacks says unsupported, never a false AttributeError.
_TF_VARIABLE_MEMBERS = frozenset((
    "_OverloadAllOperators", "_OverloadOperator", "_TensorConversionFunction", "_aggregation",
    "_as_graph_element", "_caching_device", "_constraint", "_distribute_strategy",
    "_gather_saveables_for_checkpoint", "_get_save_slice_info", "_graph_key", "_in_graph_mode",
    "_init_from_args", "_init_from_proto", "_initial_value", "_initializer_op", "_ref", "_run_op",
    "_save_slice_info", "_set_save_slice_info", "_shared_name", "_snapshot", "_strided_slice_assign",
    "_synchronization", "_trainable", "_update_uid", "_variable", "aggregation", "assign", "assign_add",
    "assign_sub", "batch_scatter_update", "constraint", "count_up_to", "device", "dtype", "eval",
    "experimental_ref", "from_proto", "gather_nd", "get_shape", "graph", "initial_value",
    "initialized_value", "initializer", "load", "name", "op", "read_value", "scatter_add", "scatter_div",
    "scatter_max", "scatter_min", "scatter_mul", "scatter_nd_add", "scatter_nd_sub", "scatter_nd_update",
    "scatter_sub", "scatter_update", "set_shape", "shape", "sparse_read", "synchronization", "to_proto",
    "trainable", "value"))


class Variable(_TensorLike):
    __module__ = "tensorflow.python.ops.variables"

    def __getattr__(self, name):
        try:
            return _tf.attr(self, name)
        except AttributeError:
            if name in _TF_VARIABLE_MEMBERS:
                _tf.unsupported("Variable.%s" % name)
            raise

    def __new__(cls, *args, **kwargs):
        # variables.py VariableMetaclass.__call__: Variable (the V2 class) always makes a resource variable,
        # VariableV1 goes by use_resource and the scopes; RefVariable(...) and ResourceVariable(...) are
        # built directly, without the variable creators.
        if cls is Variable:
            return _variable_v2_call(*args, **kwargs)
        if cls is VariableV1:
            return _variable_v1_call(*args, **kwargs)
        if issubclass(cls, ResourceVariable):
            return _resource_variable_init(*args, **kwargs)
        return _ref_variable_init(*args, **kwargs)
    def __init__(self, *args, **kwargs):
        pass

    def __iter__(self):
        # variables.py Variable.__iter__: iteration is refused (the overloaded [] would never stop).
        raise TypeError("'Variable' object is not iterable.")

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
        # variables.py 1025-1035: feed the value into the initializer's value input.
        if _tf.executing_eagerly():
            self.assign(value)
            return
        if session is None:
            import _tftest_engine
            session = _tftest_engine.get_default_session()
        if session is None:
            raise ValueError("Either session argument should be provided or default session should be "
                             "established")
        session.run(self.initializer, {self.initializer.inputs[1]: value})

    def count_up_to(self, limit):
        return _tf.count_up_to(self, limit)

    @property
    def _distribute_strategy(self):
        # variables.py 2578: ref variables are never created inside a strategy.
        return None

    @property
    def _shared_name(self):
        # variables.py 1145: the name without its ":0".
        name = self.name
        return name[:name.index(":")]

    @property
    def synchronization(self):
        return _tf.attr(self, "synchronization")

    @property
    def aggregation(self):
        # A variable restored from a VariableDef holds validate_synchronization_aggregation_trainable's
        # VariableAggregationV2(value) (variables.py 158).
        if self.__dict__.get("_aggregation_v2"):
            return VariableAggregationV2[_tf.attr(self, "aggregation").name]
        return _tf.attr(self, "aggregation")

    def to_proto(self, export_scope=None):
        # variables.py 2591-2621 (RefVariable), resource_variable_ops.py 664-707.
        from tensorflow.core.framework.variable_pb2 import VariableDef
        from tensorflow.python.framework.ops import strip_name_scope
        resource = isinstance(self, ResourceVariable)
        variable = self.handle if resource else self._variable
        if export_scope is not None and not variable.name.startswith(export_scope):
            return None
        var_def = VariableDef()
        var_def.variable_name = strip_name_scope(variable.name, export_scope)
        if self.initial_value is not None:
            var_def.initial_value_name = strip_name_scope(self.initial_value.name, export_scope)
        var_def.initializer_name = strip_name_scope(self.initializer.name, export_scope)
        var_def.snapshot_name = strip_name_scope(_tf.attr(self, "_snapshot").name, export_scope)
        if resource:
            var_def.is_resource = True
        var_def.trainable = self.trainable
        var_def.synchronization = self.synchronization.value
        var_def.aggregation = self.aggregation.value
        if self._save_slice_info:
            var_def.save_slice_info_def.MergeFrom(self._save_slice_info.to_proto(export_scope=export_scope))
        return var_def

    @staticmethod
    def from_proto(variable_def, import_scope=None):
        return RefVariable(variable_def=variable_def, import_scope=import_scope)

    @property
    def _save_slice_info(self):
        # Set by _set_save_slice_info, or by get_variable for the shards of a partitioned variable.
        info = self.__dict__.get("_save_slice_info_cache")
        if info is None:
            data = _tf.attr(self, "_save_slice_info_data")
            if data is not None:
                info = Variable.SaveSliceInfo(*data)
                self.__dict__["_save_slice_info_cache"] = info
        return info

    def _set_save_slice_info(self, save_slice_info):
        _tf.var_set_save_slice_info(self, save_slice_info.full_name, save_slice_info.full_shape,
                                    save_slice_info.var_offset, save_slice_info.var_shape)
        self.__dict__["_save_slice_info_cache"] = save_slice_info

    def _get_save_slice_info(self):
        return self._save_slice_info

    class SaveSliceInfo(object):
        """How a variable is saved as a slice of a larger one (variables.py Variable.SaveSliceInfo)."""
        __module__ = "tensorflow.python.ops.variables"

        def __init__(self, full_name=None, full_shape=None, var_offset=None, var_shape=None,
                     save_slice_info_def=None, import_scope=None):
            if save_slice_info_def:
                from tensorflow.python.framework.ops import prepend_name_scope
                self.full_name = prepend_name_scope(save_slice_info_def.full_name, import_scope=import_scope)
                self.full_shape = [i for i in save_slice_info_def.full_shape]
                self.var_offset = [i for i in save_slice_info_def.var_offset]
                self.var_shape = [i for i in save_slice_info_def.var_shape]
            else:
                self.full_name = full_name
                self.full_shape = full_shape
                self.var_offset = var_offset
                self.var_shape = var_shape

        @property
        def spec(self):
            # variables.py 1329-1334: "<full shape> <offset,size>:<offset,size>...".
            full_shape_str = " ".join(["%d" % d for d in self.full_shape]) + " "
            sl_spec = ":".join(["%d,%d" % (o, s) for o, s in zip(self.var_offset, self.var_shape)])
            return full_shape_str + sl_spec

        def to_proto(self, export_scope=None):
            # variables.py 1336-1358.
            from tensorflow.core.framework.variable_pb2 import SaveSliceInfoDef
            from tensorflow.python.framework.ops import strip_name_scope
            if export_scope is not None and not self.full_name.startswith(export_scope):
                return None
            save_slice_info_def = SaveSliceInfoDef()
            save_slice_info_def.full_name = strip_name_scope(self.full_name, export_scope)
            for i in self.full_shape:
                save_slice_info_def.full_shape.append(i)
            for i in self.var_offset:
                save_slice_info_def.var_offset.append(i)
            for i in self.var_shape:
                save_slice_info_def.var_shape.append(i)
            return save_slice_info_def

    def set_shape(self, shape):
        _tf.tensor_set_shape(self, shape)


def _variable_v1_call(initial_value=None, trainable=None, collections=None, validate_shape=True, caching_device=None,
                      name=None, variable_def=None, dtype=None, expected_shape=None, import_scope=None,
                      constraint=None, use_resource=None, synchronization=VariableSynchronization.AUTO,
                      aggregation=VariableAggregation.NONE, shape=None):
    return _tf.make_variable(initial_value, trainable, collections, validate_shape, caching_device, name,
                             variable_def, dtype, expected_shape, import_scope, constraint, use_resource,
                             synchronization, aggregation, shape, "v1")


def _variable_v2_call(initial_value=None, trainable=None, validate_shape=True, caching_device=None, name=None,
                      variable_def=None, dtype=None, import_scope=None, constraint=None,
                      synchronization=VariableSynchronization.AUTO, aggregation=VariableAggregation.NONE,
                      shape=None):
    return _tf.make_variable(initial_value, trainable, None, validate_shape, caching_device, name, variable_def,
                             dtype, None, import_scope, constraint, True, synchronization, aggregation, shape, "v2")


def _ref_variable_init(initial_value=None, trainable=None, collections=None, validate_shape=True,
                       caching_device=None, name=None, variable_def=None, dtype=None, expected_shape=None,
                       import_scope=None, constraint=None, synchronization=None, aggregation=None, shape=None):
    return _tf.make_variable(initial_value, trainable, collections, validate_shape, caching_device, name,
                             variable_def, dtype, expected_shape, import_scope, constraint, False, synchronization,
                             aggregation, shape, "direct")


def _resource_variable_init(initial_value=None, trainable=None, collections=None, validate_shape=True,
                            caching_device=None, name=None, dtype=None, variable_def=None, import_scope=None,
                            constraint=None, distribute_strategy=None, synchronization=None, aggregation=None,
                            shape=None):
    if distribute_strategy is not None:
        _tf.unsupported("ResourceVariable(distribute_strategy=...)")
    return _tf.make_variable(initial_value, trainable, collections, validate_shape, caching_device, name,
                             variable_def, dtype, None, import_scope, constraint, True, synchronization,
                             aggregation, shape, "direct")


_variable_v1_call.__qualname__ = "VariableMetaclass._variable_v1_call"
_variable_v2_call.__qualname__ = "VariableMetaclass._variable_v2_call"
_ref_variable_init.__qualname__ = "RefVariable.__init__"
_resource_variable_init.__qualname__ = "ResourceVariable.__init__"


class VariableV1(Variable):
    __module__ = "tensorflow.python.ops.variables"


class RefVariable(VariableV1):
    __module__ = "tensorflow.python.ops.variables"

    def _ref(self):
        # variables.py 1957: the VariableV2 op's ref output.
        return _tf.attr(self, "_variable")


class ResourceVariable(VariableV1):
    __module__ = "tensorflow.python.ops.resource_variable_ops"

    @staticmethod
    def from_proto(variable_def, import_scope=None):
        if _tf.executing_eagerly():
            raise RuntimeError("from_proto not supported in EAGER mode.")
        return ResourceVariable(variable_def=variable_def, import_scope=import_scope)


def _init_from_proto(resource, variable_def, import_scope):
    # variables.py 1879-1921 (RefVariable), resource_variable_ops.py 1632-1695: the variable's ops are
    # found by name in the default graph; nothing is created.
    from tensorflow.core.framework.variable_pb2 import VariableDef
    from tensorflow.python.framework.ops import get_default_graph, prepend_name_scope
    assert isinstance(variable_def, VariableDef)
    if resource and not variable_def.is_resource:
        raise ValueError("Trying to restore Variable as ResourceVariable.")
    g = get_default_graph()

    def element(name):
        return g.as_graph_element(prepend_name_scope(name, import_scope=import_scope))

    variable = element(variable_def.variable_name)
    initializer = element(variable_def.initializer_name)
    initial_value = element(variable_def.initial_value_name) if variable_def.initial_value_name else None
    synchronization, aggregation, trainable = _validate_synchronization_aggregation_trainable(
        variable_def.synchronization, variable_def.aggregation, variable_def.trainable, variable_def.variable_name)
    if resource:
        snapshot = (element(variable_def.snapshot_name) if variable_def.snapshot_name
                    else g.get_tensor_by_name(variable.op.name + "/Read/ReadVariableOp:0"))
    else:
        snapshot = element(variable_def.snapshot_name)
    v = _tf.restore_variable(resource, variable, initializer, initial_value, snapshot, trainable,
                             synchronization.name, aggregation.name)
    v.__dict__["_aggregation_v2"] = isinstance(aggregation, VariableAggregationV2)
    if variable_def.HasField("save_slice_info_def"):
        v._set_save_slice_info(Variable.SaveSliceInfo(save_slice_info_def=variable_def.save_slice_info_def,
                                                      import_scope=import_scope))
    return v


def _validate_synchronization_aggregation_trainable(synchronization, aggregation, trainable, name):
    # variables.py 149-174.
    if aggregation is None:
        aggregation = VariableAggregation.NONE
    elif not isinstance(aggregation, (VariableAggregation, VariableAggregationV2)):
        try:
            aggregation = VariableAggregationV2(aggregation)
        except ValueError:
            raise ValueError("Invalid variable aggregation mode: {} for variable: {}".format(aggregation, name))
    if synchronization is None:
        synchronization = VariableSynchronization.AUTO
    else:
        try:
            synchronization = VariableSynchronization(synchronization)
        except ValueError:
            raise ValueError("Invalid variable synchronization mode: {} for variable: {}".format(synchronization, name))
    if trainable is None:
        trainable = synchronization != VariableSynchronization.ON_READ
    return synchronization, aggregation, trainable


class _UnreadVariable(ResourceVariable):
    """What a resource variable's assign methods return (resource_variable_ops.py _UnreadVariable)."""
    __module__ = "tensorflow.python.ops.resource_variable_ops"




class PartitionedVariable(_EngineObject):
    __module__ = "tensorflow.python.ops.variables"

    def __new__(cls, name, shape, dtype, variable_list, partitions):
        # variables.py 2868-2899: TF's checks, then the shards sorted by their slice offsets.
        if not isinstance(variable_list, (list, tuple)):
            raise TypeError("variable_list is not a list or tuple: %s" % variable_list)
        if not isinstance(partitions, (list, tuple)):
            raise TypeError("partitions is not a list or tuple: %s" % partitions)
        if not all(p >= 1 for p in partitions):
            raise ValueError("partition values must be positive: %s" % partitions)
        if not variable_list:
            raise ValueError("variable_list may not be empty")
        for v in variable_list:
            if not all(v._get_save_slice_info() is not None for v in variable_list):
                raise ValueError("All variables must have a save_slice_info available: %s"
                                 % [v.name for v in variable_list])
            if len(shape) != len(partitions):
                raise ValueError("len(shape) != len(partitions): %s vs. %s" % (shape, partitions))
            if v._get_save_slice_info().full_shape != shape:
                raise ValueError("All variables' full shapes must match shape: %s; but full shapes were: %s"
                                 % (shape, str([v._get_save_slice_info().full_shape])))
        ordered = sorted(variable_list, key=lambda v: v._get_save_slice_info().var_offset)
        pv = _tf.make_partitioned_variable(name, shape, dtype, ordered, list(partitions))
        pv.__dict__["_shape_given"] = shape
        return pv

    def __init__(self, *args, **kwargs):
        pass

    def __iter__(self):
        return iter(_tf.attr(self, "_variable_list"))

    def __len__(self):
        num_partition_axes = len(self._partition_axes())
        if num_partition_axes > 1:
            raise ValueError("Cannot get a length for %d > 1 partition axes" % num_partition_axes)
        return len(_tf.attr(self, "_variable_list"))

    def _partition_axes(self):
        partitions = self._get_partitions()
        if all(p == 1 for p in partitions):
            return [0]
        return [i for i, p in enumerate(partitions) if p > 1]

    def _get_variable_list(self):
        return list(_tf.attr(self, "_variable_list"))

    def _get_partitions(self):
        return _tf.attr(self, "_partitions")

    @property
    def _distribute_strategy(self):
        return None

    def _concat(self):
        return _tf.partitioned_concat(self, False)

    def as_tensor(self):
        return _tf.partitioned_concat(self, True)

    def get_shape(self):
        # The shape as given to the constructor (a list stays a list); get_variable's is a TensorShape.
        return self.__dict__.get("_shape_given", _tf.attr(self, "shape"))

    @property
    def shape(self):
        return self.get_shape()

    def _apply_assign_fn(self, assign_fn, value):
        # variables.py 3012-3031: a list pairs with the shards, a PartitionedVariable shard by shard, a
        # tensor is split along the partitioned axis.
        partition_axes = self._partition_axes()
        if len(partition_axes) > 1:
            raise NotImplementedError("Cannot do assign action along more than one dimension: %s.  "
                                      "Multi-axis partition assign action is not supported " % str(partition_axes))
        variables = self._get_variable_list()
        if isinstance(value, list):
            assert len(value) == len(variables)
            value_list = value
        elif isinstance(value, PartitionedVariable):
            value_list = [var_part for var_part in value]
        else:
            from _tfsplit import split
            partition_ix = partition_axes[0]
            size_splits_list = [var.shape[partition_ix].value for var in variables]
            value_list = split(value, size_splits_list, axis=partition_ix)
        return [assign_fn(var, value_list[idx]) for idx, var in enumerate(variables)]

    def assign(self, value, use_locking=False, name=None, read_value=True):
        assign_list = self._apply_assign_fn(
            lambda var, r_value: var.assign(r_value, use_locking=use_locking, name=name, read_value=read_value), value)
        if read_value:
            return assign_list
        return [assign.op for assign in assign_list]

    def assign_add(self, value, use_locking=False, name=None, read_value=True):
        assign_list = self._apply_assign_fn(
            lambda var, r_value: var.assign_add(r_value, use_locking=use_locking, name=name, read_value=read_value),
            value)
        if read_value:
            return assign_list
        return [assign.op for assign in assign_list]

    def assign_sub(self, value, use_locking=False, name=None, read_value=True):
        assign_list = self._apply_assign_fn(
            lambda var, r_value: var.assign_sub(r_value, use_locking=use_locking, name=name, read_value=read_value),
            value)
        if read_value:
            return assign_list
        return [assign.op for assign in assign_list]


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
                     ResourceVariable=ResourceVariable, UnreadVariable=_UnreadVariable,
                     PartitionedVariable=PartitionedVariable,
                     DType=DType, TensorShape=TensorShape, Dimension=Dimension)

# The protocol buffers tutorials hand to sessions (tensorflow/core/protobuf/config.proto, TF 1.15):
# ConfigProto, GPUOptions, GraphOptions, OptimizerOptions, RunOptions, RunMetadata, with protobuf's
# Python behaviour for what tutorials do with them: keyword construction (an unknown field is
# protobuf's ValueError), attribute reads and writes, map fields (device_count), and str()/repr() in
# text format (proto3: fields at their default are not printed; fields in field-number order, map
# entries by key). Values of a wrong type are refused: protobuf's messages for them differ between its
# Python and C++ implementations.
import _tf

_INT = "int"
_FLOAT = "float"
_BOOL = "bool"
_STR = "str"


class _Message(object):
    # name -> (number, kind, default); kind is _INT/_FLOAT/_BOOL/_STR, ("enum", {value: name}),
    # ("map", key kind, value kind), ("repeated", kind) or a _Message subclass.
    _FIELDS = {}

    def __init__(self, **kwargs):
        object.__setattr__(self, "_values", {})
        # Submessages given to the constructor are present even when empty; one only read is not.
        object.__setattr__(self, "_present", set())
        for name, value in kwargs.items():
            field = self._FIELDS.get(name)
            if field is None:
                raise ValueError('Protocol message %s has no "%s" field.' % (type(self).__name__, name))
            kind = field[1]
            if isinstance(kind, type):
                if value is None:
                    continue
                if isinstance(value, dict):
                    value = kind(**value)
                if not isinstance(value, kind):
                    _tf.unsupported("%s(%s=<a %s>) (protobuf's TypeError)" % (type(self).__name__, name, type(value).__name__))
                self._values[name] = value
                self._present.add(name)
            elif isinstance(kind, tuple) and kind[0] in ("map", "repeated"):
                if value is None:
                    continue
                getattr(self, name).update(value) if kind[0] == "map" else getattr(self, name).extend(value)
            else:
                setattr(self, name, value)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        field = type(self)._FIELDS.get(name)
        if field is None:
            raise AttributeError(name)
        values = object.__getattribute__(self, "_values")
        if name in values:
            return values[name]
        kind = field[1]
        if isinstance(kind, type):
            values[name] = kind()
            return values[name]
        if isinstance(kind, tuple) and kind[0] == "map":
            values[name] = {}
            return values[name]
        if isinstance(kind, tuple) and kind[0] == "repeated":
            values[name] = []
            return values[name]
        return field[2]

    def __setattr__(self, name, value):
        field = type(self)._FIELDS.get(name)
        if field is None:
            raise AttributeError('Assignment not allowed (no field "%s" in protocol message object).' % name)
        kind = field[1]
        if isinstance(kind, type) or (isinstance(kind, tuple) and kind[0] in ("map", "repeated")):
            raise AttributeError('Assignment not allowed to field "%s" in protocol message object.' % name)
        self._values[name] = _checked(type(self).__name__, name, kind, value)

    def __eq__(self, other):
        return type(self) is type(other) and str(self) == str(other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def _lines(self, indent):
        out = []
        pad = "  " * indent
        for name, field in sorted(self._FIELDS.items(), key=lambda kv: kv[1][0]):
            if name not in self._values:
                continue
            value = self._values[name]
            kind = field[1]
            if isinstance(kind, type):
                inner = value._lines(indent + 1)
                if inner or name in self._present:
                    out.append(pad + name + " {")
                    out.extend(inner)
                    out.append(pad + "}")
            elif isinstance(kind, tuple) and kind[0] == "map":
                for key in sorted(value):
                    out.append(pad + name + " {")
                    out.append(pad + "  key: " + _text(kind[1], key))
                    out.append(pad + "  value: " + _text(kind[2], value[key]))
                    out.append(pad + "}")
            elif isinstance(kind, tuple) and kind[0] == "repeated":
                for v in value:
                    out.append(pad + name + ": " + _text(kind[1], v))
            elif value != field[2]:
                out.append(pad + name + ": " + _text(kind, value))
        return out

    def __str__(self):
        lines = self._lines(0)
        return "".join(line + "\n" for line in lines)

    __repr__ = __str__

    def SerializeToString(self):
        _tf.unsupported("%s.SerializeToString() (protobuf's wire format)" % type(self).__name__)

    def CopyFrom(self, other):
        if type(other) is not type(self):
            _tf.unsupported("%s.CopyFrom of another message type" % type(self).__name__)
        self._values.clear()
        self._values.update(other._values)
        self._present.clear()
        self._present.update(other._present)

    def ClearField(self, name):
        if name not in self._FIELDS:
            _tf.unsupported("%s.ClearField(%r) of no field (protobuf's ValueError)" % (type(self).__name__, name))
        self._values.pop(name, None)
        self._present.discard(name)

    def MergeFrom(self, other):
        # protobuf's MergeFrom: set scalars overwrite, repeated fields extend, submessages merge.
        if type(other) is not type(self):
            _tf.unsupported("%s.MergeFrom of another message type" % type(self).__name__)
        for name, value in other._values.items():
            kind = self._FIELDS[name][1]
            if isinstance(kind, type):
                getattr(self, name).MergeFrom(value)
                if name in other._present:
                    self._present.add(name)
            elif isinstance(kind, tuple) and kind[0] == "repeated":
                getattr(self, name).extend(value)
            elif isinstance(kind, tuple) and kind[0] == "map":
                getattr(self, name).update(value)
            elif value != self._FIELDS[name][2]:
                self._values[name] = value
        self._present.update(other._present)

    def HasField(self, name):
        field = self._FIELDS.get(name)
        if field is None or not isinstance(field[1], type):
            raise ValueError('Protocol message has no singular "%s" field.' % name) if field is None else \
                ValueError('Protocol message %s has no non-repeated submessage field "%s" nor marked as optional' % (type(self).__name__, name))
        return name in self._present or (name in self._values and bool(self._values[name]._lines(0)))


def _checked(msg, name, kind, value):
    # protobuf's checkers: numbers.Integral (bool included) for ints, Real for floats.
    ok = {_INT: lambda v: isinstance(v, int),
          _FLOAT: lambda v: isinstance(v, (int, float)),
          _BOOL: lambda v: isinstance(v, (bool, int)),
          _STR: lambda v: isinstance(v, str)}
    if isinstance(kind, tuple) and kind[0] == "enum":
        if isinstance(value, int) and value in kind[1]:
            return value
        _tf.unsupported("%s.%s = %r (protobuf's enum error)" % (msg, name, value))
    if not ok[kind](value):
        _tf.unsupported("%s.%s = <a %s> (protobuf's TypeError)" % (msg, name, type(value).__name__))
    if kind == _FLOAT:
        return float(value)
    if kind == _BOOL:
        return bool(value)
    if kind == _INT:
        return int(value)
    return value


def _text(kind, value):
    if isinstance(kind, tuple) and kind[0] == "enum":
        return kind[1][value]
    if kind == _BOOL:
        return "true" if value else "false"
    if kind == _STR:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return str(value)


class GPUOptions(_Message):
    _FIELDS = {
        "per_process_gpu_memory_fraction": (1, _FLOAT, 0.0),
        "allocator_type": (2, _STR, ""),
        "deferred_deletion_bytes": (3, _INT, 0),
        "allow_growth": (4, _BOOL, False),
        "visible_device_list": (5, _STR, ""),
        "polling_active_delay_usecs": (6, _INT, 0),
        "polling_inactive_delay_msecs": (7, _INT, 0),
        "force_gpu_compatible": (8, _BOOL, False),
    }


class OptimizerOptions(_Message):
    L1 = 0
    L0 = -1
    DEFAULT = 0
    OFF = -1
    ON_1 = 1
    ON_2 = 2
    _FIELDS = {
        "do_common_subexpression_elimination": (1, _BOOL, False),
        "do_constant_folding": (2, _BOOL, False),
        "opt_level": (3, ("enum", {0: "L1", -1: "L0"}), 0),
        "do_function_inlining": (4, _BOOL, False),
        "global_jit_level": (5, ("enum", {0: "DEFAULT", -1: "OFF", 1: "ON_1", 2: "ON_2"}), 0),
        "max_folded_constant_in_bytes": (6, _INT, 0),
    }


class GraphOptions(_Message):
    _FIELDS = {
        "enable_recv_scheduling": (2, _BOOL, False),
        "optimizer_options": (3, OptimizerOptions, None),
        "build_cost_model": (4, _INT, 0),
        "infer_shapes": (5, _BOOL, False),
        "place_pruned_graph": (6, _BOOL, False),
        "enable_bfloat16_sendrecv": (7, _BOOL, False),
        "timeline_step": (8, _INT, 0),
        "build_cost_model_after": (9, _INT, 0),
    }


class ConfigProto(_Message):
    _FIELDS = {
        "device_count": (1, ("map", _STR, _INT), None),
        "intra_op_parallelism_threads": (2, _INT, 0),
        "placement_period": (3, _INT, 0),
        "device_filters": (4, ("repeated", _STR), None),
        "inter_op_parallelism_threads": (5, _INT, 0),
        "gpu_options": (6, GPUOptions, None),
        "allow_soft_placement": (7, _BOOL, False),
        "log_device_placement": (8, _BOOL, False),
        "use_per_session_threads": (9, _BOOL, False),
        "graph_options": (10, GraphOptions, None),
        "operation_timeout_in_ms": (11, _INT, 0),
        "isolate_session_state": (15, _BOOL, False),
    }


_TRACE_LEVELS = {0: "NO_TRACE", 1: "SOFTWARE_TRACE", 2: "HARDWARE_TRACE", 3: "FULL_TRACE"}


class RunOptions(_Message):
    NO_TRACE = 0
    SOFTWARE_TRACE = 1
    HARDWARE_TRACE = 2
    FULL_TRACE = 3
    _FIELDS = {
        "trace_level": (1, ("enum", _TRACE_LEVELS), 0),
        "timeout_in_ms": (2, _INT, 0),
        "inter_op_thread_pool": (3, _INT, 0),
        "output_partition_graphs": (5, _BOOL, False),
        "report_tensor_allocations_upon_oom": (7, _BOOL, False),
    }


class RunMetadata(_Message):
    # What a traced run writes here (step_stats, cost_graph, partition_graphs) is not modelled: reading
    # it is refused by name.
    _FIELDS = {}

    def __getattr__(self, name):
        if name in ("step_stats", "cost_graph", "partition_graphs", "function_graphs"):
            _tf.unsupported("RunMetadata.%s (what a traced run records)" % name)
        raise AttributeError(name)

    def __str__(self):
        if object.__getattribute__(self, "_values").get("_traced"):
            _tf.unsupported("str() of a RunMetadata a traced run filled")
        return ""

    __repr__ = __str__


for _cls in (GPUOptions, OptimizerOptions, GraphOptions, ConfigProto, RunOptions, RunMetadata):
    _cls.__module__ = "tensorflow.core.protobuf.config_pb2"
del _cls


def check_session_config(target, config):
    """Session(target, graph, config): what tfscope honours. A config changes nothing tfscope can see
    (threads, GPU memory, soft placement on a CPU-only run) except log_device_placement, whose
    placement log TF prints."""
    if target:
        _tf.unsupported("tf.Session(target=%r) (a distributed master)" % (target,))
    if config is None:
        return
    if not isinstance(config, ConfigProto):
        raise TypeError("config must be a tf.ConfigProto, but got %s" % type(config))
    if config.log_device_placement:
        _tf.unsupported("tf.ConfigProto(log_device_placement=True) (TF logs every op's device)")


def check_run_options(options, run_metadata):
    """Session.run(options=, run_metadata=): a RunOptions changes no result tfscope computes (no
    queues to time out, no OOM to report, partition graphs only go to run_metadata); a traced run's
    RunMetadata is filled with what tfscope does not model, so reading it is refused."""
    if options is not None and not isinstance(options, RunOptions):
        _tf.unsupported("Session.run(options=<a %s>)" % type(options).__name__)
    if run_metadata is not None:
        if not isinstance(run_metadata, RunMetadata):
            _tf.unsupported("Session.run(run_metadata=<a %s>)" % type(run_metadata).__name__)
        if options is not None and (options.trace_level or options.output_partition_graphs):
            object.__getattribute__(run_metadata, "_values")["_traced"] = True

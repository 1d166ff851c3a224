# Devices (tensorflow/python/framework/device_spec.py DeviceSpecV1/V2, device.py merge_device and
# canonical_name, ops.py device and colocate_with). The engine parses and prints device strings and
# keeps the device and colocation stacks; here DeviceSpec objects become strings and device
# functions learn to return strings.
import _tf


def _as_str_or_none(inp):
    return None if inp is None else str(inp)


def _as_int_or_none(inp):
    return None if inp is None else int(inp)


def _as_device_str_or_none(device_type):
    if device_type in ("cpu", "gpu"):
        return device_type.upper()
    return _as_str_or_none(device_type)


def _parse(spec):
    spec = spec or ""
    if not isinstance(spec, str):
        spec.split("/")  # TF splits whatever it is given: AttributeError for other types
    return _tf.device_parse(spec)


class DeviceSpecV2(object):
    __module__ = "tensorflow.python.framework.device_spec"

    def __init__(self, job=None, replica=None, task=None, device_type=None, device_index=None):
        self._job = _as_str_or_none(job)
        self._replica = _as_int_or_none(replica)
        self._task = _as_int_or_none(task)
        self._device_type = _as_device_str_or_none(device_type)
        self._device_index = _as_int_or_none(device_index)
        self._as_string = None
        self._hash = None

    def to_string(self):
        if self._as_string is None:
            self._as_string = _tf.device_string(self._job, self._replica, self._task, self._device_type,
                                                self._device_index)
        return self._as_string

    @classmethod
    def from_string(cls, spec):
        return cls(*_parse(spec))

    def parse_from_string(self, spec):
        return self.from_string(spec)

    def make_merged_spec(self, dev):
        return self.__class__(*self._get_combined_properties(dev))

    def replace(self, **kwargs):
        init_kwargs = dict(job=self.job, replica=self.replica, task=self.task, device_type=self.device_type,
                           device_index=self.device_index)
        init_kwargs.update(kwargs)
        return self.__class__(**init_kwargs)

    job = property(lambda self: self._job)
    replica = property(lambda self: self._replica)
    task = property(lambda self: self._task)
    device_type = property(lambda self: self._device_type)
    device_index = property(lambda self: self._device_index)

    def _get_combined_properties(self, dev):
        return (dev.job if dev.job is not None else self.job,
                dev.replica if dev.replica is not None else self.replica,
                dev.task if dev.task is not None else self.task,
                dev.device_type if dev.device_type is not None else self.device_type,
                dev.device_index if dev.device_index is not None else self.device_index)

    def __eq__(self, other):
        return isinstance(other, self.__class__) and self.to_string() == other.to_string()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self.to_string())
        return self._hash


def _setter(field, convert):
    def set_field(self, value):
        setattr(self, field, convert(value))
        self._as_string, self._hash = None, None
    return set_field


class DeviceSpecV1(DeviceSpecV2):
    __module__ = "tensorflow.python.framework.device_spec"

    job = DeviceSpecV2.job.setter(_setter("_job", _as_str_or_none))
    replica = DeviceSpecV2.replica.setter(_setter("_replica", _as_int_or_none))
    task = DeviceSpecV2.task.setter(_setter("_task", _as_int_or_none))
    device_type = DeviceSpecV2.device_type.setter(_setter("_device_type", _as_device_str_or_none))
    device_index = DeviceSpecV2.device_index.setter(_setter("_device_index", _as_int_or_none))

    def parse_from_string(self, spec):
        (self.job, self.replica, self.task, self.device_type, self.device_index) = _parse(spec)
        return self

    def merge_from(self, dev):
        (self.job, self.replica, self.task, self.device_type,
         self.device_index) = self._get_combined_properties(dev)


def _device_string(dev):
    # ops.py _device_string: a DeviceSpec prints itself; anything else is taken as it is.
    if isinstance(dev, DeviceSpecV2):
        return dev.to_string()
    return dev


def canonical_name(device):
    if device is None:
        return ""
    if isinstance(device, DeviceSpecV2):
        return device.to_string()
    return DeviceSpecV1.from_string(device).to_string()


def check_valid(spec):
    DeviceSpecV1.from_string(spec)


def _engine_device(device_name_or_function):
    # What the engine's device stack takes: a string, a function returning a string, or None.
    d = device_name_or_function
    if d is None or isinstance(d, str):
        return d
    if isinstance(d, DeviceSpecV2):
        return d.to_string()
    if callable(d):
        def device_function(op):
            s = _device_string(d(op))
            if isinstance(s, bytes):
                return s.decode()
            if not isinstance(s, str):
                raise TypeError("Expected binary or unicode string, got %r" % (s,))
            return s
        return device_function
    return DeviceSpecV1.from_string(d).to_string()


def graph_device(graph, device_name_or_function):
    from _tfgraph import _Context
    return _Context(_tf.graph_device(graph, _engine_device(device_name_or_function)))


def graph_colocate_with(graph, op, ignore_existing=False):
    from _tfgraph import _Context
    return _Context(_tf.graph_colocate_with(graph, op, ignore_existing))


def device(device_name_or_function):
    if _tf.executing_eagerly():
        _tf.unsupported("tf.device in eager mode")
    return graph_device(_tf.get_default_graph(), device_name_or_function)


def colocate_with(op, ignore_existing=False):
    if _tf.executing_eagerly():
        _tf.unsupported("tf.colocate_with in eager mode")
    return graph_colocate_with(_tf.get_default_graph(), op, ignore_existing)

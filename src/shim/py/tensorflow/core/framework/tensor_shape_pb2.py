# tensorflow.core.framework.tensor_shape_pb2: the TensorShapeProto message (tensor_shape.proto) with
# the fields TF's Python reads: `dim` (repeated Dim {size, name}) and `unknown_rank`. Protobuf messages
# take their fields as keywords and default each one (0, "", False, an empty list).
import _tftest


class _Message(object):
    _FIELDS = {}

    def __init__(self, **kwargs):
        for name, default in self._FIELDS.items():
            setattr(self, name, list(default) if isinstance(default, list) else default)
        for name, value in kwargs.items():
            if name not in self._FIELDS:
                raise ValueError('Protocol message %s has no "%s" field.' % (type(self).__name__, name))
            setattr(self, name, list(value) if isinstance(self._FIELDS[name], list) else value)

    def __eq__(self, other):
        return type(self) is type(other) and all(
            getattr(self, n) == getattr(other, n) for n in self._FIELDS)

    def __ne__(self, other):
        return not self == other

    __hash__ = None


class TensorShapeProto(_Message):
    __module__ = "tensorflow.core.framework.tensor_shape_pb2"
    _FIELDS = {"dim": [], "unknown_rank": False}

    class Dim(_Message):
        __module__ = "tensorflow.core.framework.tensor_shape_pb2"
        _FIELDS = {"size": 0, "name": ""}


__getattr__ = _tftest.lazy_module(__name__)

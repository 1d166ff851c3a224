# tf.train.Example and its parts (tensorflow/core/example/example.proto and feature.proto of TF 1.15),
# with protobuf's Python behaviour for what tutorials do with them: keyword construction (nested
# messages, the `feature={...}` message map, repeated fields from lists and numpy arrays), attribute
# access, the oneof `kind`, SerializeToString (proto3 wire format: FloatList and Int64List packed, map
# entries as (key=1, value=2) messages), ParseFromString/FromString, and str() in text format.
# Field numbers: Example.features=1; Features.feature=1 (map<string, Feature>); Feature.bytes_list=1,
# float_list=2, int64_list=3 (oneof kind); BytesList/FloatList/Int64List.value=1.
# What protobuf words differently in its pure-Python and C++/upb implementations (the TypeError of a
# wrong-typed value, DecodeError) is refused by name.
import _tf
from _tfproto_wire import (RepeatedScalarContainer, _WIRE_32, _WIRE_LEN, _WIRE_VARINT, _Reader, _cescape, _concat,
                           _float_text, _len_field, _len_fields, _only_field, _refuse, _refuse_assignment, _signed64,
                           _unknown_field, _varint)


class _Message(object):
    _NAME = ""

    def __eq__(self, other):
        return type(self) is type(other) and self._lines(0) == other._lines(0)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __str__(self):
        return "".join(line + "\n" for line in self._lines(0))

    __repr__ = __str__

    def SerializeToString(self, deterministic=None):
        return self._serialize(bool(deterministic))

    def SerializePartialToString(self, deterministic=None):
        return self._serialize(bool(deterministic))

    def ByteSize(self):
        return len(self._serialize(True))

    def ParseFromString(self, serialized):
        if not isinstance(serialized, (bytes, bytearray, memoryview)):
            _refuse("%s.ParseFromString of a %s (protobuf's TypeError)" % (type(self).__name__, type(serialized).__name__))
        self.Clear()
        self.MergeFromString(bytes(serialized))
        return len(serialized)

    def MergeFromString(self, serialized):
        self._merge(_Reader(bytes(serialized), type(self).__name__))
        return len(serialized)

    @classmethod
    def FromString(cls, s):
        m = cls()
        m.MergeFromString(s)
        return m

    def CopyFrom(self, other):
        if type(other) is not type(self):
            _refuse("%s.CopyFrom of a %s (protobuf's TypeError)" % (type(self).__name__, type(other).__name__))
        if other is self:
            return
        self.Clear()
        self.MergeFrom(other)

    def MergeFrom(self, other):
        if type(other) is not type(self):
            _refuse("%s.MergeFrom of a %s (protobuf's TypeError)" % (type(self).__name__, type(other).__name__))
        self.MergeFromString(other._serialize(True))

    def IsInitialized(self):
        return True

    def ListFields(self):
        _refuse("%s.ListFields (field descriptors)" % type(self).__name__)

    @property
    def DESCRIPTOR(self):
        _refuse("%s.DESCRIPTOR (protobuf descriptors)" % type(self).__name__)


class _ValueList(_Message):
    """BytesList, FloatList, Int64List: `repeated <kind> value = 1`."""
    _KIND = ""

    def __init__(self, **kwargs):
        value = _only_field(type(self).__name__, "value", kwargs)
        object.__setattr__(self, "_value", RepeatedScalarContainer(self._KIND, type(self).__name__))
        if value is not None:
            self._value.extend(value)

    @property
    def value(self):
        return self._value

    def __setattr__(self, name, value):
        _refuse_assignment(type(self).__name__, name)

    def Clear(self):
        del self._value._values[:]

    def ClearField(self, name):
        if name != "value":
            raise ValueError('Protocol message has no "%s" field.' % name)
        self.Clear()

    def _empty(self):
        return not self._value._values

    def _lines(self, indent):
        pad = "  " * indent
        if self._KIND == "bytes":
            return [pad + 'value: "' + _cescape(v) + '"' for v in self._value._values]
        if self._KIND == "float":
            return [pad + "value: " + _float_text(v) for v in self._value._values]
        return [pad + "value: " + str(v) for v in self._value._values]

    def _serialize(self, deterministic):
        values = self._value._values
        if self._KIND == "bytes":
            return _concat(_len_field(1, v) for v in values)
        if not values:
            return b""
        if self._KIND == "float":
            return _len_field(1, _tf.float32_pack(values))
        return _len_field(1, _concat(_varint(v) for v in values))

    def _merge(self, r):
        out = self._value._values
        for number, wire in r.fields():
            if number != 1:
                _unknown_field(r, number)
            if self._KIND == "bytes":
                if wire != _WIRE_LEN:
                    r.fail()
                out.append(r.chunk())
            elif self._KIND == "float":
                if wire == _WIRE_LEN:
                    data = r.chunk()
                    if len(data) % 4:
                        r.fail()
                    out.extend(_tf.float32_unpack(data))
                elif wire == _WIRE_32:
                    if r.pos + 4 > len(r.data):
                        r.fail()
                    out.extend(_tf.float32_unpack(r.data[r.pos:r.pos + 4]))
                    r.pos += 4
                else:
                    r.fail()
            else:
                if wire == _WIRE_LEN:
                    inner = _Reader(r.chunk(), r.what)
                    while inner.pos < len(inner.data):
                        out.append(_signed64(inner.varint()))
                elif wire == _WIRE_VARINT:
                    out.append(_signed64(r.varint()))
                else:
                    r.fail()


class BytesList(_ValueList):
    __module__ = "tensorflow.core.example.feature_pb2"
    _KIND = "bytes"


class FloatList(_ValueList):
    __module__ = "tensorflow.core.example.feature_pb2"
    _KIND = "float"


class Int64List(_ValueList):
    __module__ = "tensorflow.core.example.feature_pb2"
    _KIND = "int64"


_KINDS = (("bytes_list", 1, BytesList), ("float_list", 2, FloatList), ("int64_list", 3, Int64List))


class Feature(_Message):
    """`oneof kind { BytesList bytes_list = 1; FloatList float_list = 2; Int64List int64_list = 3; }`."""
    __module__ = "tensorflow.core.example.feature_pb2"

    def __init__(self, **kwargs):
        object.__setattr__(self, "_lists", {})
        object.__setattr__(self, "_kind", None)
        # In the order given: the last member of the oneof set wins.
        for name, value in kwargs.items():
            if name not in ("bytes_list", "float_list", "int64_list"):
                raise ValueError('Protocol message Feature has no "%s" field.' % name)
            if value is None:
                continue
            cls = dict((n, c) for n, _, c in _KINDS)[name]
            if isinstance(value, dict):
                value = cls(**value)
            if not isinstance(value, cls):
                _refuse("Feature(%s=<a %s>) (protobuf's TypeError)" % (name, type(value).__name__))
            self._set_kind(name).MergeFrom(value)

    def _set_kind(self, name):
        # Setting one member of a oneof clears the others.
        if self._kind != name:
            self._lists.clear()
            object.__setattr__(self, "_kind", name)
        if name not in self._lists:
            self._lists[name] = _TrackedList(self, name)
        return self._lists[name]

    def __getattr__(self, name):
        for n, _, cls in _KINDS:
            if n == name:
                lists = object.__getattribute__(self, "_lists")
                if name not in lists:
                    # Reading an unset member gives a detached default; changing it sets the oneof.
                    return _TrackedList(self, name, attached=False)
                return lists[name]
        raise AttributeError(name)

    def __setattr__(self, name, value):
        _refuse_assignment("Feature", name)

    def WhichOneof(self, oneof_group):
        if oneof_group != "kind":
            raise ValueError('Protocol message has no oneof "%s" field.' % oneof_group)
        return self._kind

    def HasField(self, name):
        if name == "kind":
            return self._kind is not None
        if name not in ("bytes_list", "float_list", "int64_list"):
            raise ValueError('Protocol message has no singular "%s" field.' % name)
        return self._kind == name

    def Clear(self):
        self._lists.clear()
        object.__setattr__(self, "_kind", None)

    def ClearField(self, name):
        if name not in ("bytes_list", "float_list", "int64_list", "kind"):
            raise ValueError('Protocol message has no "%s" field.' % name)
        if name == "kind" or self._kind == name:
            self.Clear()

    def _lines(self, indent):
        if self._kind is None:
            return []
        pad = "  " * indent
        return [pad + self._kind + " {"] + self._lists[self._kind]._lines(indent + 1) + [pad + "}"]

    def _serialize(self, deterministic):
        if self._kind is None:
            return b""
        number = dict((n, num) for n, num, _ in _KINDS)[self._kind]
        return _len_field(number, self._lists[self._kind]._serialize(deterministic))

    def _merge(self, r):
        for number in _len_fields(r, (1, 2, 3)):
            name = _KINDS[number - 1][0]
            self._set_kind(name)._merge(_Reader(r.chunk(), _KINDS[number - 1][2].__name__))


class _TrackedList(object):
    """A Feature's list member: the value list, setting the oneof when first changed."""

    def __init__(self, feature, name, attached=True):
        self._feature = feature
        self._name = name
        self._list = dict((n, c) for n, _, c in _KINDS)[name]()
        self._attached = attached

    def _attach(self):
        if not self._attached:
            target = self._feature._set_kind(self._name)
            target._list = self._list
            self._attached = True

    @property
    def value(self):
        if not self._attached:
            return _AttachingContainer(self)
        return self._list.value

    def __getattr__(self, name):
        return getattr(self._list, name)

    def MergeFrom(self, other):
        self._attach()
        self._list.MergeFrom(other._list if isinstance(other, _TrackedList) else other)

    def CopyFrom(self, other):
        self._attach()
        self._list.CopyFrom(other._list if isinstance(other, _TrackedList) else other)

    def _lines(self, indent):
        return self._list._lines(indent)

    def _serialize(self, deterministic):
        return self._list._serialize(deterministic)

    def _merge(self, r):
        self._list._merge(r)

    def __eq__(self, other):
        return self._list == (other._list if isinstance(other, _TrackedList) else other)

    __hash__ = None

    def __str__(self):
        return str(self._list)

    __repr__ = __str__


class _AttachingContainer(object):
    """`feature.int64_list.value` of an unset member: the first change sets the oneof."""

    def __init__(self, tracked):
        self._tracked = tracked

    def _target(self):
        self._tracked._attach()
        return self._tracked._list.value

    def append(self, value):
        self._target().append(value)

    def extend(self, values):
        self._target().extend(values)

    def __len__(self):
        return 0

    def __iter__(self):
        return iter([])

    def __repr__(self):
        return "[]"

    def __eq__(self, other):
        return list(other) == [] if isinstance(other, (list, tuple, RepeatedScalarContainer)) else NotImplemented


class MessageMapContainer(object):
    """Features.feature: protobuf's message map (reading a missing key inserts an empty Feature)."""
    __module__ = "google._upb._message"

    def __init__(self):
        self._entries = {}

    def __getitem__(self, key):
        key = _map_key(key)
        if key not in self._entries:
            self._entries[key] = Feature()
        return self._entries[key]

    def __setitem__(self, key, value):
        # "Message objects may not be assigned" (upb), "May not set values directly, ..." (C++).
        _refuse("Features.feature[%r] = ... (protobuf's ValueError)" % (key,))

    def __contains__(self, key):
        return key in self._entries

    def __len__(self):
        return len(self._entries)

    def _ordered(self):
        # The hash table's order, seeded per process (upb, C++ Map): random from run to run.
        if len(self._entries) > 1:
            _tf.proto_map_order_random()
        return list(self._entries)

    def __iter__(self):
        return iter(self._ordered())

    def __delitem__(self, key):
        del self._entries[key]

    def get(self, key, default=None):
        return self._entries.get(key, default)

    def get_or_create(self, key):
        return self[key]

    def keys(self):
        return self._ordered()

    def values(self):
        return [self._entries[k] for k in self._ordered()]

    def items(self):
        return [(k, self._entries[k]) for k in self._ordered()]

    def clear(self):
        self._entries.clear()

    def update(self, other):
        for k, v in dict(other).items():
            if not isinstance(v, Feature):
                _refuse("Features(feature={%r: <a %s>}) (protobuf's TypeError)" % (k, type(v).__name__))
            self[k].CopyFrom(v)

    def __eq__(self, other):
        if isinstance(other, MessageMapContainer):
            return self._entries == other._entries
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return repr(dict((k, self._entries[k]) for k in self._ordered()))


def _map_key(key):
    if isinstance(key, bytes):
        _refuse("Features.feature[<bytes>] (protobuf's TypeError for a string key)")
    if not isinstance(key, str):
        _refuse("Features.feature[<a %s>] (protobuf's TypeError)" % type(key).__name__)
    return key


class Features(_Message):
    """`map<string, Feature> feature = 1`."""
    __module__ = "tensorflow.core.example.feature_pb2"

    def __init__(self, **kwargs):
        feature = _only_field("Features", "feature", kwargs)
        object.__setattr__(self, "_feature", MessageMapContainer())
        if feature is not None:
            if not isinstance(feature, dict):
                _refuse("Features(feature=<a %s>) (protobuf's TypeError)" % type(feature).__name__)
            self._feature.update(feature)

    @property
    def feature(self):
        return self._feature

    def __setattr__(self, name, value):
        _refuse_assignment("Features", name)

    def Clear(self):
        self._feature.clear()

    def ClearField(self, name):
        if name != "feature":
            raise ValueError('Protocol message has no "%s" field.' % name)
        self.Clear()

    def _lines(self, indent):
        pad = "  " * indent
        out = []
        for key in sorted(self._feature._entries):
            out.append(pad + "feature {")
            if any(ord(c) > 127 for c in key):
                # upb prints a string's UTF-8 as is, C++ TextFormat escapes it.
                _refuse("str() of a Features map key that is not ASCII (protobuf's implementations disagree)")
            out.append(pad + '  key: "' + _cescape(key.encode("utf-8")) + '"')
            out.append(pad + "  value {")
            out.extend(self._feature._entries[key]._lines(indent + 2))
            out.append(pad + "  }")
            out.append(pad + "}")
        return out

    def _serialize(self, deterministic):
        keys = list(self._feature._entries)
        if deterministic:
            keys.sort()
        elif len(keys) > 1:
            _tf.proto_map_order_random()
        return _concat(_len_field(1, _len_field(1, k.encode("utf-8")) +
                                   _len_field(2, self._feature._entries[k]._serialize(deterministic)))
                        for k in keys)

    def _merge(self, r):
        for _ in _len_fields(r, (1,)):
            entry = _Reader(r.chunk(), r.what)
            key = ""
            value = None
            for n, w in entry.fields():
                if w != _WIRE_LEN or n not in (1, 2):
                    r.fail()
                data = entry.chunk()
                if n == 1:
                    try:
                        key = data.decode("utf-8")
                    except UnicodeDecodeError:
                        r.fail()
                else:
                    value = data
            # A later entry of the same key replaces the earlier one.
            f = Feature()
            if value is not None:
                f._merge(_Reader(value, "Feature"))
            self._feature._entries.pop(key, None)
            self._feature._entries[key] = f


class Example(_Message):
    """`Features features = 1`."""
    __module__ = "tensorflow.core.example.example_pb2"

    def __init__(self, **kwargs):
        features = _only_field("Example", "features", kwargs)
        object.__setattr__(self, "_features", None)
        if features is not None:
            if isinstance(features, dict):
                features = Features(**features)
            if not isinstance(features, Features):
                _refuse("Example(features=<a %s>) (protobuf's TypeError)" % type(features).__name__)
            object.__setattr__(self, "_features", Features())
            self._features.feature.update(features.feature._entries)

    @property
    def features(self):
        if self._features is None:
            # A submessage only read stays absent until something is set in it (protobuf's lazy parent).
            object.__setattr__(self, "_features", Features())
            object.__setattr__(self, "_features_read_only", True)
        return self._features

    def __setattr__(self, name, value):
        _refuse_assignment("Example", name)

    def _has_features(self):
        f = self._features
        if f is None:
            return False
        return not self.__dict__.get("_features_read_only") or len(f.feature) > 0

    def HasField(self, name):
        if name != "features":
            raise ValueError('Protocol message has no singular "%s" field.' % name)
        return self._has_features()

    def Clear(self):
        object.__setattr__(self, "_features", None)
        self.__dict__.pop("_features_read_only", None)

    def ClearField(self, name):
        if name != "features":
            raise ValueError('Protocol message has no "%s" field.' % name)
        self.Clear()

    def _lines(self, indent):
        if not self._has_features():
            return []
        pad = "  " * indent
        return [pad + "features {"] + self._features._lines(indent + 1) + [pad + "}"]

    def _serialize(self, deterministic):
        if not self._has_features():
            return b""
        return _len_field(1, self._features._serialize(deterministic))

    def _merge(self, r):
        for _ in _len_fields(r, (1,)):
            if self._features is None:
                object.__setattr__(self, "_features", Features())
            self.__dict__.pop("_features_read_only", None)
            self._features._merge(_Reader(r.chunk(), "Features"))

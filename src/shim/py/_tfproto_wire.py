# The protobuf machinery under tf.train.Example (_tfexample.py): the wire format (varints, length-delimited
# fields, a reader), protobuf's value checks and its repeated scalar container, and the text format's
# escaping and float printing as upb and C++ TextFormat do them.
import _tf

_WIRE_VARINT = 0
_WIRE_LEN = 2
_WIRE_32 = 5


def _refuse(what):
    _tf.unsupported(what)


# ---- wire format

def _varint(n):
    if n < 0:
        n += 1 << 64
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _concat(parts):
    out = bytearray()
    for p in parts:
        out.extend(p)
    return bytes(out)


def _len_field(number, payload):
    return _varint((number << 3) | _WIRE_LEN) + _varint(len(payload)) + payload


class _Reader(object):
    def __init__(self, data, what):
        self.data = data
        self.pos = 0
        self.what = what

    def fail(self):
        _refuse("%s.ParseFromString of bytes that do not parse (protobuf's DecodeError)" % self.what)

    def varint(self):
        shift = 0
        n = 0
        while True:
            if self.pos >= len(self.data) or shift > 63:
                self.fail()
            b = self.data[self.pos]
            self.pos += 1
            n |= (b & 0x7F) << shift
            if not b & 0x80:
                return n & ((1 << 64) - 1)
            shift += 7

    def chunk(self):
        n = self.varint()
        if self.pos + n > len(self.data):
            self.fail()
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out

    def fields(self):
        while self.pos < len(self.data):
            tag = self.varint()
            number, wire = tag >> 3, tag & 7
            if number == 0:
                self.fail()
            yield number, wire


def _unknown_field(reader, number):
    _refuse("%s.ParseFromString of bytes with field %d, which %s does not have (protobuf keeps unknown fields)"
            % (reader.what, number, reader.what))


def _len_fields(reader, numbers):
    # The fields of a message whose fields are all length-delimited submessages or strings: each
    # occurrence's number, once its wire type is checked; the caller reads its bytes with reader.chunk().
    for number, wire in reader.fields():
        if number not in numbers:
            _unknown_field(reader, number)
        if wire != _WIRE_LEN:
            reader.fail()
        yield number


# ---- value checks (protobuf's type_checkers)

def _is_int(v):
    return not isinstance(v, (float, str, bytes)) and hasattr(type(v), "__index__")


def _is_real(v):
    return not isinstance(v, (str, bytes)) and (isinstance(v, (int, float)) or hasattr(type(v), "__float__"))


def _check_value(kind, owner, v):
    if kind == "bytes":
        if not isinstance(v, bytes):
            _refuse("%s.value of a %s (protobuf's TypeError)" % (owner, type(v).__name__))
        return v
    if isinstance(v, bool):
        # upb: TypeError("... Expected an int, got a boolean."); the C++ implementation takes it.
        _refuse("%s.value of a bool (protobuf's implementations disagree)" % owner)
    if kind == "int64":
        if not _is_int(v):
            _refuse("%s.value of a %s (protobuf's TypeError)" % (owner, type(v).__name__))
        n = int(v.__index__())
        if n < -(1 << 63) or n >= (1 << 63):
            _refuse("%s.value of %d, out of int64's range (protobuf's ValueError)" % (owner, n))
        return n
    if not _is_real(v):
        _refuse("%s.value of a %s (protobuf's TypeError)" % (owner, type(v).__name__))
    return _tf.float32_round(float(v))


class RepeatedScalarContainer(object):
    """protobuf's repeated scalar field: a list-like that checks (and, for floats, rounds) each value."""
    __module__ = "google._upb._message"

    def __init__(self, kind, owner):
        self._kind = kind
        self._owner = owner
        self._values = []

    def append(self, value):
        self._values.append(_check_value(self._kind, self._owner, value))

    def extend(self, values):
        if values is None:
            return
        try:
            items = list(values)
        except TypeError:
            _refuse("%s.value.extend of a %s (protobuf's TypeError)" % (self._owner, type(values).__name__))
        self._values.extend([_check_value(self._kind, self._owner, v) for v in items])

    def insert(self, index, value):
        self._values.insert(index, _check_value(self._kind, self._owner, value))

    def pop(self, index=-1):
        return self._values.pop(index)

    def remove(self, value):
        self._values.remove(value)

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(list(self._values))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._values[index]
        return self._values[index]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            _refuse("%s.value[...] = ... of a slice" % self._owner)
        self._values[index] = _check_value(self._kind, self._owner, value)

    def __delitem__(self, index):
        del self._values[index]

    def __eq__(self, other):
        if isinstance(other, RepeatedScalarContainer):
            return self._values == other._values
        return self._values == list(other) if isinstance(other, (list, tuple)) else NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = None

    def __repr__(self):
        return repr(self._values)

    def sort(self, key=None, reverse=False):
        self._values.sort(key=key, reverse=reverse)


# ---- text format (text_format.py: CEscape of bytes, shortest float32 repr)

def _cescape(data):
    out = []
    specials = {10: "\\n", 13: "\\r", 9: "\\t", 34: '\\"', 39: "\\'", 92: "\\\\"}
    for b in data:
        if b in specials:
            out.append(specials[b])
        elif b < 32 or b >= 127:
            out.append("\\%03o" % b)
        else:
            out.append(chr(b))
    return "".join(out)


def _float_text(v):
    # upb's _upb_EncodeRoundTripFloat and C++'s SimpleFtoa: "%.*g" with FLT_DIG (6) digits, or
    # FLT_DIG + 3 when that does not read back as the same float.
    if v != v:
        return "nan"
    text = "%.6g" % v
    if _tf.float32_round(float(text)) != v:
        text = "%.9g" % v
    return text


def _refuse_assignment(owner, name):
    # protobuf's AttributeError here is worded differently by its Python, C++ and upb implementations.
    _refuse("assigning %s.%s (protobuf's AttributeError)" % (owner, name))


def _only_field(message, field, kwargs):
    # A keyword that names no field: protobuf's ValueError (the same in every implementation).
    for name in kwargs:
        if name != field:
            raise ValueError('Protocol message %s has no "%s" field.' % (message, name))
    return kwargs.get(field)


def _signed64(n):
    return n - (1 << 64) if n >= (1 << 63) else n

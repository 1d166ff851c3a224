# DType and as_dtype (tensorflow/python/framework/dtypes.py, TF 1.15): the engine holds one DType per
# enum; construction from an enum, as_dtype's lookup table (enums, names, Python and numpy types),
# equality, hashing, real_dtype, min/max and __reduce__ follow TF's Python class.
import _tf
from _tfcore import _EngineObject

# types.proto's DataType values, DT_INVALID (0) excepted: 1-23 and their _REF types, 101-123.
_VALID_ENUMS = frozenset(list(range(1, 24)) + list(range(101, 124)))


class DType(_EngineObject):
    __module__ = "tensorflow.python.framework.dtypes"

    def __new__(cls, type_enum):
        type_enum = int(type_enum)
        if type_enum not in _VALID_ENUMS:
            raise TypeError("type_enum is not a valid types_pb2.DataType: %s" % type_enum)
        return _tf.dtype_by_enum(type_enum)

    def __init__(self, type_enum):
        pass

    def __eq__(self, other):
        return _tf.dtype_eq(self, other)

    def __ne__(self, other):
        return not _tf.dtype_eq(self, other)

    def __hash__(self):
        return self.as_datatype_enum

    def __reduce__(self):
        return as_dtype, (self.name,)

    def is_compatible_with(self, other):
        return _tf.dtype_compatible(self, other)

    @property
    def real_dtype(self):
        base = self.base_dtype
        if base.name == "complex64":
            return as_dtype("float32")
        if base.name == "complex128":
            return as_dtype("float64")
        return self

    @property
    def as_numpy_dtype(self):
        # dtypes.py _TF_TO_NP: numpy's scalar type (np.object_ for strings and variants), TF's own
        # bfloat16 type, and record dtypes for the quantized types and resources.
        import numpy
        name = self.base_dtype.name
        if name == "bfloat16":
            return bfloat16
        if name in _RECORD_BASE:
            return numpy.dtype([(name, _RECORD_BASE[name])])
        np_name = {"bool": "bool_", "string": "object_", "variant": "object_"}.get(name, name)
        return getattr(numpy, np_name)

    def _limit(self, which):
        # DType.min / max: no limit for quantized, bool, string and complex types; numpy's finfo for
        # floats, iinfo for ints.
        base = self.base_dtype.name
        if self.is_quantized or base in ("bool", "string", "complex64", "complex128"):
            raise TypeError("Cannot find %s value of %s." % ("minimum" if which == "min" else "maximum", self))
        if base in _FLOAT_MAX:
            if base == "bfloat16":
                return bfloat16(-_FLOAT_MAX[base] if which == "min" else _FLOAT_MAX[base])
            import numpy
            big = _FLOAT_MAX[base]
            if not hasattr(numpy, base):
                _tf.unsupported("numpy.%s" % base)
            return getattr(numpy, base)(-big if which == "min" else big)
        if base in _INT_BITS:
            bits, signed = _INT_BITS[base]
            if which == "min":
                return -(1 << (bits - 1)) if signed else 0
            return (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
        raise TypeError("Cannot find %s value of %s." % ("minimum" if which == "min" else "maximum", self))

    @property
    def min(self):
        return self._limit("min")

    @property
    def max(self):
        return self._limit("max")


# Largest finite values of the float types (numpy finfo(...).max; bfloat16: 0x1.FEp127).
_FLOAT_MAX = {"float16": 65504.0, "float32": 3.4028234663852886e+38, "float64": 1.7976931348623157e+308,
              "bfloat16": 3.3895313892515355e+38}  # float.fromhex("0x1.FEp127")
_INT_BITS = {"int8": (8, True), "int16": (16, True), "int32": (32, True), "int64": (64, True),
             "uint8": (8, False), "uint16": (16, False), "uint32": (32, False), "uint64": (64, False)}


# dtypes.py _np_qint8... and _np_resource: one-field record dtypes (numpy.uint8 is np.ubyte).
_RECORD_BASE = {"qint8": "int8", "quint8": "uint8", "qint16": "int16", "quint16": "uint16", "qint32": "int32",
                "resource": "uint8"}


def _round_bits(x, bits):
    import math
    if x == 0 or x != x or x in (float("inf"), float("-inf")):
        return x
    m, e = math.frexp(x)
    return math.ldexp(round(m * (1 << bits)), e - bits)


class bfloat16(object):
    """TF's numpy scalar type for bfloat16 (tensorflow/python/lib/core/bfloat16.cc): a float rounded to
    8 bits of mantissa (nearest, ties to even), printed as C++ streams a float, comparing by value."""
    __module__ = "builtins"

    def __init__(self, value=0.0):
        value = float(value)
        # Python's float → C float → bfloat16: 24 then 8 significant bits, ties to even each time.
        self._value = _round_bits(_round_bits(value, 24), 8)

    def __float__(self):
        return self._value

    def __repr__(self):
        return "%g" % self._value

    __str__ = __repr__

    def __eq__(self, other):
        try:
            return self._value == float(bfloat16(other))
        except (TypeError, ValueError):
            return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(self._value)


def as_dtype(type_value):
    """dtypes.as_dtype: a DType; a numpy dtype; else a lookup in _ANY_TO_TF, whose keys are the enums,
    the type names and float/bool/object (so any value equal to an enum, True or 1.0, finds it)."""
    if isinstance(type_value, DType):
        return type_value
    if type_value is float:
        return as_dtype("float32")
    if type_value is bool:
        return as_dtype("bool")
    if type_value is object:
        return as_dtype("string")
    hash(type_value)  # an unhashable value fails the table lookup with Python's TypeError
    if isinstance(type_value, (int, float)):
        try:
            enum = int(type_value)
        except (OverflowError, ValueError):
            enum = None
        if enum is not None and enum == type_value and enum in _VALID_ENUMS:
            return _tf.dtype_by_enum(enum)
        raise TypeError("Cannot convert value %r to a TensorFlow DType." % (type_value,))
    return _tf.as_dtype(type_value)

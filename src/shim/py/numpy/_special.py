# numpy names whose values tfscope's arrays cannot hold but whose identity code compares: the complex
# scalar types (np.complex64 is TF's as_numpy_dtype of tf.complex64; making one is unsupported),
# structured dtypes (`np.dtype([("qint8", np.int8)])`, TF's numpy type of tf.qint8: equality, hashing
# and repr only), and finfo's limits of the float types (numpy/core/getlimits.py).
import _np
import numpy


def _complex_type(name):
    def __new__(cls, *args, **kwargs):
        _np.unsupported("numpy.%s values (complex numbers)" % name)
    return type(name, (numpy.generic,), {"_np_dtype_name": name, "__module__": "numpy", "__new__": __new__})


complex64 = _complex_type("complex64")
complex128 = _complex_type("complex128")
complex_ = complex128
cdouble = complex128
csingle = complex64

# numpy's array-protocol codes of a field (numpy/core/_dtype.py __str__ of a base dtype).
_CODES = {"bool": "|b1", "int8": "|i1", "uint8": "|u1", "int16": "<i2", "uint16": "<u2", "int32": "<i4",
          "uint32": "<u4", "int64": "<i8", "uint64": "<u8", "float16": "<f2", "float32": "<f4",
          "float64": "<f8", "complex64": "<c8", "complex128": "<c16", "bytes": "|O"}


class _StructuredDType(numpy.dtype):
    """`np.dtype([(name, type), ...])`: a record dtype, known by its fields."""

    def __init__(self, fields):
        items = []
        for f in fields:
            if not isinstance(f, tuple) or len(f) != 2 or not isinstance(f[0], str):
                _np.unsupported("numpy structured dtypes other than [(name, type), ...]")
            items.append((f[0], f[1] if f[1] in (complex64, complex128) else numpy.dtype(f[1])))
        self._fields = tuple(items)

    def _code(self, t):
        return _CODES[t._np_dtype_name]

    @property
    def _np_dtype_name(self):
        return None

    @property
    def names(self):
        return tuple(n for n, _ in self._fields)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        _np.unsupported("numpy structured dtype .%s" % name)

    def __repr__(self):
        return "dtype([%s])" % ", ".join("(%r, %r)" % (n, self._code(t)) for n, t in self._fields)

    def __str__(self):
        return "[%s]" % ", ".join("(%r, %r)" % (n, self._code(t)) for n, t in self._fields)

    def __eq__(self, other):
        if isinstance(other, _StructuredDType):
            return self._fields == other._fields
        if isinstance(other, list):
            try:
                return self._fields == _StructuredDType(other)._fields
            except TypeError:
                return False
        return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._fields)


class finfo(object):
    """Machine limits of float16, float32 and float64 (IEEE 754 binary16/32/64)."""
    _LIMITS = {
        "float16": (16, 65504.0, 0.0009765625, 6.103515625e-05, 0.001),
        "float32": (32, 3.4028234663852886e+38, 1.1920928955078125e-07, 1.1754943508222875e-38, 1e-06),
        "float64": (64, 1.7976931348623157e+308, 2.220446049250313e-16, 2.2250738585072014e-308, 1e-15),
    }

    def __init__(self, dtype):
        if dtype is float:
            dtype = numpy.float64
        name = numpy.dtype(dtype)._np_dtype_name
        if name not in self._LIMITS:
            raise ValueError("data type %r not inexact" % (dtype,))
        t = getattr(numpy, name)
        bits, big, eps, tiny, res = self._LIMITS[name]
        self.dtype = numpy.dtype(name)
        self.bits = bits
        self.max = t(big)
        self.min = t(-big)
        self.eps = t(eps)
        self.tiny = t(tiny)
        self.resolution = t(res)

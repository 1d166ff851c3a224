# The part of numpy (1.17) that TF documents and tests use, over tfscope's numpy room (`_np`).
import _np

newaxis = None
pi = 3.141592653589793
e = 2.718281828459045
inf = float("inf")
nan = float("nan")
__version__ = "1.17.4"


class UFuncTypeError(TypeError):
    # numpy/core/_exceptions.py (1.17): an in-place operator whose result cannot be cast back raises
    # _UFuncOutputCastingError, which _display_as_base names UFuncTypeError in numpy.core._exceptions.
    __module__ = "numpy.core._exceptions"


class AxisError(ValueError, IndexError):
    # numpy/core/_exceptions.py (1.17): an axis out of range; one argument is the whole message.
    __module__ = "numpy"

    def __init__(self, axis, ndim=None, msg_prefix=None):
        if ndim is None and msg_prefix is None:
            msg = axis
        else:
            msg = "axis {} is out of bounds for array of dimension {}".format(axis, ndim)
            if msg_prefix is not None:
                msg = "{}: {}".format(msg_prefix, msg)
        super(AxisError, self).__init__(msg)


def _make(cls, h):
    o = object.__new__(cls)
    o._h = h
    _np.adopt(o, h)
    return o


class _NoValueType(object):
    # numpy._globals._NoValue: "not given", distinct from None.
    def __repr__(self):
        return "<no value>"


_NoValue = _NoValueType()


def _refuse(what, **given):
    # Each keyword maps to (value given, numpy's default): a value other than the default is refused by
    # name, never ignored.
    for name, (value, default) in given.items():
        if value is default:
            continue
        if isinstance(value, (str, int, float)) and not isinstance(default, _NoValueType) and value == default:
            continue
        _np.unsupported("numpy.%s(%s=...)" % (what, name))


# The public attributes numpy 1.26's types have (numpy.random's: random.py) (dir() without the underscored names):
# one tfscope lacks is refused by name; any other name is numpy's AttributeError.
_NDARRAY_NAMES = frozenset("T all any argmax argmin argpartition argsort astype base byteswap choose clip compress conj conjugate copy ctypes cumprod cumsum data diagonal dot dtype dump dumps fill flags flat flatten getfield imag item itemset itemsize max mean min nbytes ndim newbyteorder nonzero partition prod ptp put ravel real repeat reshape resize round searchsorted setfield setflags shape size sort squeeze std strides sum swapaxes take tobytes tofile tolist tostring trace transpose var view".split())
_GENERIC_NAMES = frozenset("T all any argmax argmin argsort as_integer_ratio astype base byteswap choose clip compress conj conjugate copy cumprod cumsum data diagonal dtype dump dumps fill flags flat flatten fromhex getfield hex imag is_integer item itemset itemsize max mean min nbytes ndim newbyteorder nonzero prod ptp put ravel real repeat reshape resize round searchsorted setfield setflags shape size sort squeeze std strides sum swapaxes take tobytes tofile tolist tostring trace transpose var view".split())


def _missing(owner, names, name, what):
    if name in names:
        _np.unsupported("%s.%s" % (what, name))
    raise AttributeError("%s has no attribute '%s'" % (owner, name))


class dtype(object):
    def __new__(cls, obj=None, *args, **kwargs):
        # A list of (name, type) fields is a structured dtype (numpy/_special.py).
        if cls is dtype and isinstance(obj, list):
            from numpy._special import _StructuredDType
            return _StructuredDType(obj)
        return object.__new__(cls)

    def __init__(self, obj):
        self._name = _np.dtype_name(obj)

    @property
    def name(self):
        return "object" if self._name == "bytes" else self._name

    @property
    def _np_dtype_name(self):
        return self._name

    @property
    def type(self):
        return _SCALAR_TYPES[self._name]

    @property
    def kind(self):
        return _np.dtype_kind(self._name)

    @property
    def itemsize(self):
        return _np.dtype_itemsize(self._name)

    def __repr__(self):
        return "dtype(%r)" % (self.name if self._name != "bytes" else "O",)

    def __str__(self):
        return self.name if self._name != "bytes" else "object"

    def __eq__(self, other):
        try:
            return self._name == _np.dtype_name(other)
        except TypeError:
            return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._name)


class _Operators(object):
    # numpy's arithmetic and comparisons, shared by arrays and scalars (_np applies numpy's promotion).
    def __add__(self, o):
        return _np.binop("add", self, o)

    def __radd__(self, o):
        return _np.binop("add", o, self)

    def __sub__(self, o):
        return _np.binop("sub", self, o)

    def __rsub__(self, o):
        return _np.binop("sub", o, self)

    def __mul__(self, o):
        return _np.binop("mul", self, o)

    def __rmul__(self, o):
        return _np.binop("mul", o, self)

    def __truediv__(self, o):
        return _np.binop("truediv", self, o)

    def __rtruediv__(self, o):
        return _np.binop("truediv", o, self)

    def __pow__(self, o):
        return _np.binop("pow", self, o)

    def __floordiv__(self, o):
        return _np.binop("floordiv", self, o)

    def __rfloordiv__(self, o):
        return _np.binop("floordiv", o, self)

    def __mod__(self, o):
        return _np.binop("mod", self, o)

    def __rmod__(self, o):
        return _np.binop("mod", o, self)

    def __neg__(self):
        return _np.binop("mul", self, -1)

    def __eq__(self, o):
        return _np.binop("eq", self, o)

    def __ne__(self, o):
        return _np.binop("ne", self, o)

    def __lt__(self, o):
        return _np.binop("lt", self, o)

    def __le__(self, o):
        return _np.binop("le", self, o)

    def __gt__(self, o):
        return _np.binop("gt", self, o)

    def __ge__(self, o):
        return _np.binop("ge", self, o)


class ndarray(_Operators):
    __module__ = "numpy"

    def __new__(cls, *args, **kwargs):
        raise TypeError("tfscope: make arrays with numpy.array")

    @property
    def shape(self):
        return tuple(_np.attr(self, "shape"))

    @property
    def dtype(self):
        return dtype(_np.attr(self, "dtype"))

    @property
    def ndim(self):
        return len(_np.attr(self, "shape"))

    @property
    def size(self):
        return _np.attr(self, "size")

    @property
    def T(self):
        return _np.transpose(self)

    def __repr__(self):
        return _np.repr(self)

    def __str__(self):
        return _np.str(self)

    def __len__(self):
        s = _np.attr(self, "shape")
        if not s:
            raise TypeError("len() of unsized object")
        return s[0]

    def __iter__(self):
        if not _np.attr(self, "shape"):
            raise TypeError("iteration over a 0-d array")
        return iter([self[i] for i in range(len(self))])

    def __getitem__(self, key):
        return _np.getitem(self, key)

    def __setitem__(self, key, value):
        # Writes into this array's memory, which its views share (src/numpy/assign.ts).
        _np.setitem(self, key, value)

    def __delitem__(self, key):
        raise ValueError("cannot delete array elements")

    @property
    def base(self):
        return _np.base(self)

    def copy(self, order="C"):
        _refuse("ndarray.copy", order=(order, "C"))
        return _np.copy(self)

    def view(self, dtype=None, type=None):
        if type is not None or (dtype is not None and _np.dtype_name(dtype) != _np.attr(self, "dtype")):
            _np.unsupported("numpy.ndarray.view(dtype=...)")
        return _np.view(self)

    def fill(self, value):
        _np.fill(self, value)

    def transpose(self, *axes):
        if not axes or (len(axes) == 1 and axes[0] is None):
            return _np.transpose(self)
        if len(axes) == 1 and isinstance(axes[0], (tuple, list)):
            axes = axes[0]
        return _np.transpose(self, [_index(x) for x in axes])

    def dot(self, b, out=None):
        return dot(self, b, out)

    def _inplace(self, op, o):
        err = _np.iop(op, self, o)
        if err is not None:
            raise UFuncTypeError(err)
        return self

    def __iadd__(self, o):
        return self._inplace("add", o)

    def __isub__(self, o):
        return self._inplace("sub", o)

    def __imul__(self, o):
        return self._inplace("mul", o)

    def __itruediv__(self, o):
        return self._inplace("truediv", o)

    def __ipow__(self, o):
        return self._inplace("pow", o)

    def __ifloordiv__(self, o):
        return self._inplace("floordiv", o)

    def __imod__(self, o):
        return self._inplace("mod", o)

    def __bool__(self):
        return _np.truth(self)

    def tolist(self):
        return _np.tolist(self)

    def item(self, *args):
        # ndarray.item(i) is the i-th element of the flattened array, item((i, j)) an element by index.
        if not args:
            return _np.item(self)
        if len(args) == 1 and isinstance(args[0], int):
            return _np.item(_np.getitem(_np.reshape(self, [-1]), args[0]))
        return _np.item(self[args[0] if len(args) == 1 else args])

    def __getattr__(self, name):
        _missing("'numpy.ndarray' object", _NDARRAY_NAMES, name, "numpy.ndarray")

    # The methods take numpy 1.17's parameters in numpy's order; a value tfscope does not model is
    # refused by name (_refuse), never ignored or taken for another parameter.
    def astype(self, dtype, order="K", casting="unsafe", subok=True, copy=True):
        _refuse("ndarray.astype", order=(order, "K"), casting=(casting, "unsafe"), subok=(subok, True))
        return _np.astype(self, dtype)

    def reshape(self, *shape, **kwargs):
        order = kwargs.pop("order", "C")
        if kwargs:
            raise TypeError("'%s' is an invalid keyword argument for this function" % list(kwargs)[0])
        _refuse("ndarray.reshape", order=(order, "C"))
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = shape[0]
        return _np.reshape(self, [_index(s) for s in shape])

    def sum(self, axis=None, dtype=None, out=None, keepdims=False, initial=_NoValue, where=_NoValue):
        return sum(self, axis, dtype, out, keepdims, initial, where)

    def mean(self, axis=None, dtype=None, out=None, keepdims=False):
        return mean(self, axis, dtype, out, keepdims)

    def max(self, axis=None, out=None, keepdims=False, initial=_NoValue, where=_NoValue):
        return amax(self, axis, out, keepdims, initial, where)

    def min(self, axis=None, out=None, keepdims=False, initial=_NoValue, where=_NoValue):
        return amin(self, axis, out, keepdims, initial, where)

    def prod(self, axis=None, dtype=None, out=None, keepdims=False, initial=_NoValue, where=_NoValue):
        return prod(self, axis, dtype, out, keepdims, initial, where)

    def all(self, axis=None, out=None, keepdims=False):
        return all(self, axis, out, keepdims)

    def any(self, axis=None, out=None, keepdims=False):
        return any(self, axis, out, keepdims)

    def flatten(self, order="C"):
        # Always a copy (PyArray_Flatten).
        _refuse("ndarray.flatten", order=(order, "C"))
        return _np.copy(_np.reshape(self, [-1]))

    def ravel(self, order="C"):
        # A view when the array is C-contiguous, else a copy (PyArray_Ravel).
        _refuse("ndarray.ravel", order=(order, "C"))
        return _np.ravel(self)

    def argmax(self, axis=None, out=None):
        return argmax(self, axis, out)

    def argmin(self, axis=None, out=None):
        return argmin(self, axis, out)

    def argsort(self, axis=-1, kind=None, order=None):
        return argsort(self, axis, kind, order)

    def sort(self, axis=-1, kind=None, order=None):
        # In place, as ndarray.sort is.
        _sorting._kind(kind, "ndarray.sort")
        if order is not None:
            _np.unsupported("numpy.ndarray.sort(order=...)")
        _np.sort_inplace(self, axis)

    def clip(self, min=None, max=None, out=None):
        return clip(self, min, max, out)

    def round(self, decimals=0, out=None):
        return around(self, decimals, out)

    def squeeze(self, axis=None):
        return squeeze(self, axis)

    def __matmul__(self, o):
        return _np.matmul(self, o)

    __hash__ = None


class generic(_Operators):
    __module__ = "numpy"

    def __new__(cls, value=0):
        return _np.scalar(cls._np_dtype_name, value)

    def __repr__(self):
        return _np.repr(self)

    def __str__(self):
        return _np.str(self)

    def item(self):
        return _np.item(self)

    def tolist(self):
        return _np.item(self)

    def __getattr__(self, name):
        _missing("'numpy.%s' object" % type(self).__name__, _GENERIC_NAMES, name, "numpy.%s" % type(self).__name__)

    @property
    def dtype(self):
        return dtype(self._np_dtype_name)

    @property
    def shape(self):
        return ()

    @property
    def ndim(self):
        return 0

    def __float__(self):
        return float(_np.item(self))

    def __format__(self, spec):
        # scalartypes.c gentype_format: a bool, int or float scalar is formatted as the Python value
        # it converts to, whatever the spec: "{}".format(np.float32(9.99)) is '9.989999771118164',
        # the double's repr, where str() gives '9.99' (checked with python3 + numpy).
        return format(_np.item(self), spec)

    def __int__(self):
        return int(_np.item(self))

    def __index__(self):
        return int(_np.item(self))

    def __bool__(self):
        return bool(_np.item(self))

    def __hash__(self):
        return hash(_np.item(self))

    def __abs__(self):
        return _np.scalar(self._np_dtype_name, abs(_np.item(self)))


def _scalar_type(name):
    return type(name if name != "bool" else "bool_", (generic,), {"_np_dtype_name": name, "__module__": "numpy"})


float16 = _scalar_type("float16")
float32 = _scalar_type("float32")
float64 = _scalar_type("float64")
int8 = _scalar_type("int8")
int16 = _scalar_type("int16")
int32 = _scalar_type("int32")
int64 = _scalar_type("int64")
uint8 = _scalar_type("uint8")
uint16 = _scalar_type("uint16")
uint32 = _scalar_type("uint32")
uint64 = _scalar_type("uint64")
bool_ = _scalar_type("bool")


class object_(generic):
    # The type of object arrays (tfscope's "bytes" dtype holds TF's strings); numpy.object_(x) is x.
    __module__ = "numpy"
    _np_dtype_name = "bytes"

    def __new__(cls, value=None):
        return value


class bytes_(bytes):
    # numpy.bytes_ (numpy.string_) subclasses bytes: isinstance(np.bytes_(b"a"), bytes) is True.
    __module__ = "numpy"
    _np_dtype_name = "bytes"


string_ = bytes_
float_ = float64
int_ = int64
double = float64
single = float32

_SCALAR_TYPES = {"float16": float16, "float32": float32, "float64": float64, "int8": int8, "int16": int16,
                 "int32": int32, "int64": int64, "uint8": uint8, "uint16": uint16, "uint32": uint32,
                 "uint64": uint64, "bool": bool_, "bytes": object_}


def _scalar_of(h):
    name = _np.handle_dtype(h)
    # An element of an object array is the Python object it holds (TF fetches strings as bytes).
    if name == "bytes":
        return _np.item(_make(object_, h))
    return _make(_SCALAR_TYPES[name], h)


_np.register(_make, ndarray, _scalar_of)


def array(obj, dtype=None, copy=True, ndmin=0):
    # copy=False hands back an ndarray of the asked dtype itself (its memory); otherwise a new array.
    _refuse("array", ndmin=(ndmin, 0))
    if not copy:
        return asarray(obj, dtype)
    return _np.array(obj, dtype)


def asarray(a, dtype=None):
    if isinstance(a, ndarray) and (dtype is None or _np.dtype_name(dtype) == _np.attr(a, "dtype")):
        return a
    return _np.array(a, dtype)


def zeros(shape, dtype=float, order="C"):
    _refuse("zeros", order=(order, "C"))
    return _np.filled(shape, dtype, 0)


def ones(shape, dtype=None, order="C"):
    _refuse("ones", order=(order, "C"))
    return _np.filled(shape, float if dtype is None else dtype, 1)


def full(shape, fill_value, dtype=None, order="C"):
    _refuse("full", order=(order, "C"))
    return _np.full(shape, fill_value, dtype)


def zeros_like(a, dtype=None, order="K", subok=True, shape=None):
    _refuse("zeros_like", order=(order, "K"), subok=(subok, True))
    a = asarray(a)
    return _np.filled(a.shape if shape is None else shape, dtype if dtype is not None else a.dtype, 0)


def ones_like(a, dtype=None, order="K", subok=True, shape=None):
    _refuse("ones_like", order=(order, "K"), subok=(subok, True))
    a = asarray(a)
    return _np.filled(a.shape if shape is None else shape, dtype if dtype is not None else a.dtype, 1)


def arange(start, stop=None, step=1, dtype=None):
    return _np.arange(start, stop, step, dtype)


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    _refuse("linspace", retstep=(retstep, False), axis=(axis, 0))
    return _np.linspace(start, stop, num, endpoint, dtype)


def eye(N, M=None, k=0, dtype=float, order="C"):
    _refuse("eye", k=(k, 0), order=(order, "C"))
    return _np.eye(N, M, dtype)


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    _refuse("allclose", equal_nan=(equal_nan, False))
    return _np.allclose(a, b, rtol, atol)


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    _refuse("isclose", equal_nan=(equal_nan, False))
    return _np.isclose(a, b, rtol, atol)


def array_equal(a1, a2):
    return _np.array_equal(a1, a2)


def reshape(a, newshape, order="C"):
    _refuse("reshape", order=(order, "C"))
    return _np.reshape(asarray(a), [_index(s) for s in newshape] if isinstance(newshape, (tuple, list)) else [_index(newshape)])


def transpose(a, axes=None):
    if axes is None:
        return _np.transpose(asarray(a))
    return _np.transpose(asarray(a), [int(x) for x in axes])


def matmul(a, b):
    return _np.matmul(asarray(a), asarray(b))


def dot(a, b, out=None):
    # numpy.dot (multiarray/multiarraymodule.c PyArray_MatrixProduct2): a 0-d operand multiplies (both
    # taken as arrays: full promotion, no scalar rule), otherwise the sum over a's last axis and b's
    # second-to-last (its only axis when 1-d), which is matmul for operands of at most 2 dimensions and
    # for an N-d a with a 1-d b.
    if out is not None:
        _np.unsupported("numpy.dot(out=...)")
    a = asarray(a)
    b = asarray(b)
    if a.ndim == 0 or b.ndim == 0:
        return _np.binop("mul", a, b)
    ka, kb = a.ndim - 1, (0 if b.ndim == 1 else b.ndim - 2)
    if a.shape[ka] != b.shape[kb]:
        def shp(t):
            return "(" + ",".join(str(d) for d in t) + ("," if len(t) == 1 else "") + ")"
        raise ValueError("shapes %s and %s not aligned: %d (dim %d) != %d (dim %d)" % (shp(a.shape), shp(b.shape), a.shape[ka], ka, b.shape[kb], kb))
    if b.ndim > 2 or (a.ndim > 2 and b.ndim > 1):
        _np.unsupported("numpy.dot of an N-d array with an M-d array (M >= 2)")
    return _np.matmul(a, b)


def concatenate(arrays, axis=0):
    return _np.concatenate([asarray(a) for a in arrays], axis)


def stack(arrays, axis=0):
    return _np.stack([asarray(a) for a in arrays], axis)


def repeat(a, repeats, axis=None):
    return _np.repeat(asarray(a), repeats, axis)


def _summed(kind, a, axis, dtype, out, keepdims, initial, where):
    _refuse(kind, out=(out, None), initial=(initial, _NoValue), where=(where, _NoValue))
    a = asarray(a)
    if dtype is not None:
        # add.reduce(a, dtype=d) casts each element to d and reduces in d.
        a = a.astype(dtype)
    return _np.reduce(kind, a, axis, keepdims is True)


def sum(a, axis=None, dtype=None, out=None, keepdims=_NoValue, initial=_NoValue, where=_NoValue):
    return _summed("sum", a, axis, dtype, out, keepdims, initial, where)


def prod(a, axis=None, dtype=None, out=None, keepdims=_NoValue, initial=_NoValue, where=_NoValue):
    return _summed("prod", a, axis, dtype, out, keepdims, initial, where)


def mean(a, axis=None, dtype=None, out=None, keepdims=_NoValue):
    _refuse("mean", dtype=(dtype, None), out=(out, None))
    return _np.reduce("mean", asarray(a), axis, keepdims is True)


def _truth(kind, a, axis, out, keepdims):
    _refuse(kind, out=(out, None))
    a = asarray(a)
    if axis is None and keepdims is not True:
        return _np.reduce(kind, a, None, False)
    if a.size == 0:
        _np.unsupported("numpy.%s over an axis of an empty array" % kind)
    # all/any along axes: the min/max of the array as bools.
    return _np.reduce("min" if kind == "all" else "max", a.astype(bool_), axis, keepdims is True)


def all(a, axis=None, out=None, keepdims=_NoValue):
    return _truth("all", a, axis, out, keepdims)


def any(a, axis=None, out=None, keepdims=_NoValue):
    return _truth("any", a, axis, out, keepdims)


def shape(a):
    return asarray(a).shape


def negative(x):
    # Element-wise -x of an array (a scalar argument gives a 0-d array here, numpy gives a scalar).
    if not isinstance(x, ndarray):
        if not isinstance(x, (list, tuple)):
            _np.unsupported("numpy.negative of a scalar")
    return -asarray(x)


def set_printoptions(**kwargs):
    _np.set_printoptions(kwargs)


from numpy import random  # noqa: E402


from numpy._umath import _index, abs, absolute, cbrt, sqrt, square, var  # noqa: E402
from numpy._umath import (  # noqa: E402
    add, around, ceil, clip, divide, equal, floor, greater, greater_equal, isfinite, isinf, isnan, less,
    less_equal, maximum, minimum, multiply, nan_to_num, not_equal, power, rint, round_, subtract, true_divide,
)
from numpy import _sorting  # noqa: E402
from numpy._sorting import amax, amin, argmax, argmin, argsort, sort, unique  # noqa: E402
from numpy._memory import copy, copyto, may_share_memory, ravel, shares_memory  # noqa: E402
from numpy._shape import append, atleast_1d, atleast_2d, c_, column_stack, expand_dims, hstack, meshgrid, roll, squeeze, vstack  # noqa: E402
round = around
max = amax
min = amin
from numpy._special import cdouble, complex64, complex128, complex_, csingle, finfo  # noqa: E402
uint = uint64
# numpy 1.17's __init__.py: `from builtins import bool, int, float, complex, object, str`, `unicode = str`
# and numpy.compat's `long` (int): the builtins themselves, without a warning.
import builtins as _builtins  # noqa: E402
bool = _builtins.bool
int = _builtins.int
float = _builtins.float
complex = _builtins.complex
object = _builtins.object
str = _builtins.str
unicode = _builtins.str
long = _builtins.int
from numpy import linalg  # noqa: E402


def __getattr__(name):
    if name.startswith("_"):
        raise AttributeError("module 'numpy' has no attribute '%s'" % name)
    _np.unsupported("numpy.%s" % name)

# TensorShape and Dimension (tensorflow/python/framework/tensor_shape.py, TF 1.15): the engine holds
# the dims (a shape made by an op is the engine's); every operation, comparison and error here follows
# TF's Python class, including its NotImplemented returns, its None-valued comparisons of unknown
# dimensions and its v2 behaviour (values instead of Dimensions) under the TF 2 profile.
import _tf
from _tfcore import DType, _EngineObject


def _v2():
    return _tf.v2_shapes()


class Dimension(_EngineObject):
    __module__ = "tensorflow.python.framework.tensor_shape"

    def __new__(cls, value):
        if value is None or isinstance(value, Dimension):
            return _tf.dimension(None if value is None else value.value)
        if isinstance(value, DType):
            raise TypeError("Cannot convert %s to Dimension" % value)
        v = int(value)
        # Dimension.__init__: a value int() changed (2.5 → 2) is ambiguous; strings are taken as written.
        if not isinstance(value, (bytes, str)) and v != value:
            raise ValueError("Ambiguous dimension: %s" % value)
        if v < 0:
            raise ValueError("Dimension %d must be >= 0" % v)
        return _tf.dimension(v)

    def __init__(self, value):
        pass

    @property
    def value(self):
        return _tf.attr(self, "value")

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def _equality(self, other, op):
        try:
            other = as_dimension(other)
        except (TypeError, ValueError):
            return NotImplemented
        if self.value is None or other.value is None:
            return None
        return op(self.value, other.value)

    # Dimension defines __eq__ and no __hash__: in Python 3 it is unhashable, as in TF.
    def __eq__(self, other):
        return self._equality(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._equality(other, lambda a, b: a != b)

    def is_compatible_with(self, other):
        try:
            other = as_dimension(other)
        except (TypeError, ValueError):
            return NotImplemented
        return self.value is None or other.value is None or self.value == other.value

    def assert_is_compatible_with(self, other):
        if not self.is_compatible_with(other):
            raise ValueError("Dimensions %s and %s are not compatible" % (self, other))

    def merge_with(self, other):
        try:
            other = as_dimension(other)
        except (TypeError, ValueError):
            return NotImplemented
        self.assert_is_compatible_with(other)
        return Dimension(other.value if self.value is None else self.value)

    def _arith(self, other, op, reflected=False, checked=True):
        # The arithmetic methods: an unknown operand makes an unknown result. Those TF wraps in
        # try/except return NotImplemented for a value as_dimension refuses; the others raise.
        if checked:
            try:
                other = as_dimension(other)
            except (TypeError, ValueError):
                return NotImplemented
        else:
            other = as_dimension(other)
        if self.value is None or other.value is None:
            return Dimension(None)
        a, b = (other.value, self.value) if reflected else (self.value, other.value)
        return Dimension(op(a, b))

    def __add__(self, other):
        return self._arith(other, lambda a, b: a + b)

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return self._arith(other, lambda a, b: a - b)

    def __rsub__(self, other):
        return self._arith(other, lambda a, b: a - b, reflected=True, checked=False)

    def __mul__(self, other):
        return self._arith(other, lambda a, b: a * b)

    def __rmul__(self, other):
        return self * other

    def __floordiv__(self, other):
        return self._arith(other, lambda a, b: a // b)

    def __rfloordiv__(self, other):
        return self._arith(other, lambda a, b: a // b, reflected=True, checked=False)

    def __truediv__(self, other):
        raise TypeError("unsupported operand type(s) for /: 'Dimension' and '{}', please use // instead"
                        .format(type(other).__name__))

    def __rtruediv__(self, other):
        raise TypeError("unsupported operand type(s) for /: '{}' and 'Dimension', please use // instead"
                        .format(type(other).__name__))

    def __mod__(self, other):
        return self._arith(other, lambda a, b: a % b, checked=False)

    def __rmod__(self, other):
        return as_dimension(other) % self

    def _compare(self, other, op):
        other = as_dimension(other)
        if self.value is None or other.value is None:
            return None
        return op(self.value, other.value)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __reduce__(self):
        return Dimension, (self.value,)


Dimension.__hash__ = None


def as_dimension(value):
    return value if isinstance(value, Dimension) else Dimension(value)


def dimension_value(dimension):
    return dimension.value if isinstance(dimension, Dimension) else dimension


def dimension_at_index(shape, index):
    shape = as_shape(shape)
    if shape.rank is None:
        return Dimension(None)
    return shape.dims[index] if not _v2() else Dimension(shape.dims[index])


def _proto_dims(proto):
    if proto.unknown_rank:
        return None
    return [as_dimension(d.size if d.size != -1 else None) for d in proto.dim]


class TensorShape(_EngineObject):
    __module__ = "tensorflow.python.framework.tensor_shape"

    def __new__(cls, dims):
        from tensorflow.core.framework import tensor_shape_pb2
        if dims is None:
            return _tf.tensor_shape(None)
        if isinstance(dims, (bytes, str)):
            raise TypeError("A string has ambiguous TensorShape, please wrap in a list or convert to an "
                            "int: %s" % dims)
        if isinstance(dims, tensor_shape_pb2.TensorShapeProto):
            return _tf.tensor_shape(_proto_dims(dims))
        if isinstance(dims, TensorShape):
            return _tf.tensor_shape(dims._dims)
        try:
            items = iter(dims)
        except TypeError:
            return _tf.tensor_shape([as_dimension(dims)])
        return _tf.tensor_shape([as_dimension(d) for d in items])

    def __init__(self, dims):
        pass

    @property
    def _dims(self):
        return _tf.attr(self, "_dims")

    @property
    def _v2_behavior(self):
        return _v2()

    def __len__(self):
        dims = self._dims
        if dims is None:
            raise ValueError("Cannot take the length of shape with unknown rank.")
        return len(dims)

    def __bool__(self):
        return self._dims is not None

    def __iter__(self):
        dims = self._dims
        if dims is None:
            raise ValueError("Cannot iterate over a shape with unknown rank.")
        return iter([d.value for d in dims] if _v2() else dims)

    def __getitem__(self, key):
        dims = self._dims
        if dims is not None:
            if isinstance(key, slice):
                return TensorShape(dims[key])
            return dims[key].value if _v2() else dims[key]
        if isinstance(key, slice):
            start = key.start if key.start is not None else 0
            stop = key.stop
            if key.step is not None:
                raise ValueError("Steps are not yet handled")
            if stop is None or start < 0 or stop < 0:
                return unknown_shape()
            return unknown_shape(rank=stop - start)
        return None if _v2() else Dimension(None)

    def num_elements(self):
        if not self.is_fully_defined():
            return None
        size = 1
        for d in self._dims:
            size *= d.value
        return size

    def merge_with(self, other):
        other = as_shape(other)
        dims = self._dims
        if dims is None:
            return other
        try:
            self.assert_same_rank(other)
            return TensorShape([d.merge_with(other[i]) for i, d in enumerate(dims)])
        except ValueError:
            raise ValueError("Shapes %s and %s are not compatible" % (self, other))

    def __add__(self, other):
        if not isinstance(other, TensorShape):
            other = TensorShape(other)
        return self.concatenate(other)

    def __radd__(self, other):
        if not isinstance(other, TensorShape):
            other = TensorShape(other)
        return other.concatenate(self)

    def concatenate(self, other):
        other = as_shape(other)
        if self._dims is None or other._dims is None:
            return unknown_shape()
        return TensorShape(self._dims + other._dims)

    def assert_same_rank(self, other):
        other = as_shape(other)
        if self.rank is not None and other.rank is not None and self.rank != other.rank:
            raise ValueError("Shapes %s and %s must have the same rank" % (self, other))

    def assert_has_rank(self, rank):
        if self.rank not in (None, rank):
            raise ValueError("Shape %s must have rank %d" % (self, rank))

    def with_rank(self, rank):
        try:
            return self.merge_with(unknown_shape(rank=rank))
        except ValueError:
            raise ValueError("Shape %s must have rank %d" % (self, rank))

    def with_rank_at_least(self, rank):
        if self.rank is not None and self.rank < rank:
            raise ValueError("Shape %s must have rank at least %d" % (self, rank))
        return self

    def with_rank_at_most(self, rank):
        if self.rank is not None and self.rank > rank:
            raise ValueError("Shape %s must have rank at most %d" % (self, rank))
        return self

    def is_compatible_with(self, other):
        other = as_shape(other)
        if self._dims is not None and other._dims is not None:
            if self.rank != other.rank:
                return False
            for x, y in zip(self._dims, other._dims):
                if not x.is_compatible_with(y):
                    return False
        return True

    def assert_is_compatible_with(self, other):
        if not self.is_compatible_with(other):
            raise ValueError("Shapes %s and %s are incompatible" % (self, other))

    def most_specific_compatible_shape(self, other):
        other = as_shape(other)
        if self._dims is None or other._dims is None or self.rank != other.rank:
            return unknown_shape()
        dims = [Dimension(None)] * self.rank
        for i, (d1, d2) in enumerate(zip(self._dims, other._dims)):
            if d1 is not None and d2 is not None and d1 == d2:
                dims[i] = d1
        return TensorShape(dims)

    def is_fully_defined(self):
        dims = self._dims
        return dims is not None and all(d.value is not None for d in dims)

    def assert_is_fully_defined(self):
        if not self.is_fully_defined():
            raise ValueError("Shape %s is not fully defined" % self)

    def as_list(self):
        dims = self._dims
        if dims is None:
            raise ValueError("as_list() is not defined on an unknown TensorShape.")
        return [d.value for d in dims]

    def as_proto(self):
        from tensorflow.core.framework import tensor_shape_pb2
        dims = self._dims
        if dims is None:
            return tensor_shape_pb2.TensorShapeProto(unknown_rank=True)
        return tensor_shape_pb2.TensorShapeProto(dim=[
            tensor_shape_pb2.TensorShapeProto.Dim(size=-1 if d.value is None else d.value) for d in dims])

    def __eq__(self, other):
        try:
            other = as_shape(other)
        except TypeError:
            return NotImplemented
        return self._dims == other._dims

    def __ne__(self, other):
        try:
            other = as_shape(other)
        except TypeError:
            return NotImplemented
        if self.rank is None or other.rank is None:
            raise ValueError("The inequality of unknown TensorShapes is undefined.")
        if self.rank != other.rank:
            return True
        return self._dims != other._dims

    def __reduce__(self):
        return TensorShape, (self._dims,)

    def __concat__(self, other):
        return self.concatenate(other)


# TensorShape defines __eq__ and no __hash__ (unhashable, as in TF).
TensorShape.__hash__ = None


def as_shape(shape):
    return shape if isinstance(shape, TensorShape) else TensorShape(shape)


def unknown_shape(rank=None, **kwargs):
    if rank is None and "ndims" in kwargs:
        rank = kwargs.pop("ndims")
    if kwargs:
        raise TypeError("Unknown argument: %s" % kwargs)
    if rank is None:
        return TensorShape(None)
    return TensorShape([Dimension(None)] * rank)


def scalar():
    return TensorShape([])


def vector(length):
    return TensorShape([length])


def matrix(rows, cols):
    return TensorShape([rows, cols])

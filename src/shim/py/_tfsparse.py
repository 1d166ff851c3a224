# sparse_tensor.SparseTensor, with the sparse ops the feature columns build (sparse_ops.sparse_tensor_to_dense),
# and array_ops.gather_nd / array_ops.one_hot: built as TF 1.15's Python builds them, so the graph holds the
# same ops under the same names (tensorflow/python/framework/sparse_tensor.py, ops/sparse_ops.py, array_ops.py).
import collections

import _tf
from _tfcore import Tensor, name_scope
from _tfdtypes import as_dtype
from _tftest_engine import convert_to_tensor

_int64 = _tf.as_dtype("int64")
_float32 = _tf.as_dtype("float32")


def _unsupported(what):
    import _tftest
    _tftest.unsupported(what)


class SparseTensorValue(collections.namedtuple("SparseTensorValue", ["indices", "values", "dense_shape"])):
    """sparse_tensor.py SparseTensorValue: what Session.run returns for a SparseTensor."""
    __module__ = "tensorflow.python.framework.sparse_tensor"


class SparseTensor(object):
    """sparse_tensor.py SparseTensor: three tensors, converted under a `SparseTensor` name scope."""
    __module__ = "tensorflow.python.framework.sparse_tensor"

    def __init__(self, indices, values, dense_shape):
        with name_scope(None, "SparseTensor", [indices, values, dense_shape]):
            indices = convert_to_tensor(indices, name="indices", dtype=_int64)
            values = convert_to_tensor(values, name="values")
            dense_shape = convert_to_tensor(dense_shape, name="dense_shape", dtype=_int64)
        self._indices = indices
        self._values = values
        self._dense_shape = dense_shape
        indices_shape = indices.shape.with_rank(2)
        values_shape = values.shape.with_rank(1)
        dense_shape_shape = dense_shape.shape.with_rank(1)
        # The rows of indices are the values; its columns are the dense shape's rank.
        indices_shape.dims[0].merge_with(values_shape.dims[0])
        indices_shape.dims[1].merge_with(dense_shape_shape.dims[0])

    @property
    def indices(self):
        return self._indices

    @property
    def values(self):
        return self._values

    @property
    def dense_shape(self):
        return self._dense_shape

    @property
    def op(self):
        return self._values.op

    @property
    def dtype(self):
        return self._values.dtype

    @property
    def graph(self):
        return self._indices.graph

    def get_shape(self):
        return _tf.constant_value_as_shape(self._dense_shape)

    @property
    def shape(self):
        return self.get_shape()

    def __str__(self):
        return "SparseTensor(indices=%s, values=%s, dense_shape=%s)" % (self._indices, self._values, self._dense_shape)

    def eval(self, feed_dict=None, session=None):
        _unsupported("tf.SparseTensor.eval")

    def consumers(self):
        _unsupported("tf.SparseTensor.consumers")


def convert_to_tensor_or_sparse_tensor(value, dtype=None, name=None):
    # sparse_tensor.py: a SparseTensor as it is (its dtype checked), anything else through convert_to_tensor.
    if dtype is not None:
        dtype = as_dtype(dtype)
    if isinstance(value, SparseTensor):
        if dtype and not dtype.is_compatible_with(value.dtype):
            raise RuntimeError("Sparse dtype: requested = %s, actual = %s" % (dtype.name, value.dtype.name))
        return value
    if type(value).__name__ == "SparseTensorValue":
        _unsupported("tf.SparseTensorValue")
    return convert_to_tensor(value, dtype=dtype, name=name)


def sparse_tensor_to_dense(sp_input, default_value=None, validate_indices=True, name=None):
    # sparse_ops.py 1442-1498: one SparseToDense op (no name scope of its own); the default a `zeros` scalar.
    if not isinstance(sp_input, SparseTensor):
        raise TypeError("Input must be a SparseTensor.")
    if default_value is None:
        default_value = _tf.zeros([], dtype=sp_input.dtype)
    return _tf.sparse_to_dense(sp_input.indices, sp_input.dense_shape, sp_input.values, default_value=default_value,
                               validate_indices=validate_indices, name=name)


def gather_nd(params, indices, name=None, batch_dims=0):
    # array_ops.gather_nd: batch_dims 0 is the GatherNd op itself (a resource variable's read is not modelled).
    if batch_dims != 0:
        _unsupported("tf.gather_nd(batch_dims=...)")
    return _tf.gather_nd_op(params, indices, name=name)


def one_hot(indices, depth, on_value=None, off_value=None, axis=None, dtype=None, name=None):
    # array_ops.one_hot: on/off values converted once to learn their dtypes (two unnamed Consts), then the op.
    with name_scope(name, "one_hot", [indices, depth, on_value, off_value, axis, dtype]) as name:
        on_exists = on_value is not None
        off_exists = off_value is not None
        on_dtype = convert_to_tensor(on_value).dtype.base_dtype if on_exists else None
        off_dtype = convert_to_tensor(off_value).dtype.base_dtype if off_exists else None
        if dtype is not None:
            dtype = as_dtype(dtype)
        if on_exists or off_exists:
            if dtype is not None:
                if on_exists and on_dtype != dtype:
                    raise TypeError("dtype {0} of on_value does not match dtype parameter {1}".format(on_dtype, dtype))
                if off_exists and off_dtype != dtype:
                    raise TypeError("dtype {0} of off_value does not match dtype parameter {1}".format(off_dtype, dtype))
            else:
                dtype = on_dtype if on_exists else off_dtype
        elif dtype is None:
            dtype = _float32
        if not on_exists:
            on_value = convert_to_tensor(1, dtype, name="on_value")
            on_dtype = dtype
        if not off_exists:
            off_value = convert_to_tensor(0, dtype, name="off_value")
            off_dtype = dtype
        if on_dtype != off_dtype:
            raise TypeError("dtype {0} of on_value does not match dtype {1} of off_value".format(on_dtype, off_dtype))
        return _tf.one_hot_op(indices, depth, on_value, off_value, axis, name)

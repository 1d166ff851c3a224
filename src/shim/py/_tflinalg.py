# The linear-algebra entry points of TF 1.15 that are Python compositions over the engine's ops:
# linalg_ops_impl.eye (MatrixDiag, or MatrixSetDiag on zeros when not square), array_ops.matrix_transpose
# (a Transpose under its own name scope) and linalg_ops.norm's euclidean case; plus the bare op wrappers
# (qr, diag_part, sign, scatter_nd, lin_space, slice) under their TF names.
import _tf
from _tfcore import Tensor, name_scope
from _tfdtypes import as_dtype

qr = _tf.qr
diag_part = _tf.diag_part
matrix_diag = _tf.matrix_diag
matrix_set_diag = _tf.matrix_set_diag
scatter_nd = _tf.scatter_nd
lin_space = _tf.lin_space
linspace = _tf.lin_space
sign = _tf.sign
slice = _tf.slice


def _unsupported(what):
    import _tftest
    _tftest.unsupported(what)


def _is_integral(x):
    # compat.integral_types: numbers.Integral (bool included) and numpy's integer scalars.
    if isinstance(x, int):
        return True
    kind = getattr(getattr(x, "dtype", None), "kind", None)
    return not isinstance(x, Tensor) and kind in ("i", "u")


def eye(num_rows, num_columns=None, batch_shape=None, dtype=None, name=None):
    dtype = as_dtype("float32") if dtype is None else dtype
    with name_scope(name, default_name="eye", values=[num_rows, num_columns, batch_shape]):
        if num_columns is None:
            num_columns = num_rows
        if isinstance(num_rows, Tensor) or isinstance(num_columns, Tensor) or isinstance(batch_shape, Tensor):
            _unsupported("tf.eye of tensor sizes")
        if not _is_integral(num_rows) or not _is_integral(num_columns):
            raise TypeError("num_rows and num_columns must be positive integer values.")
        batch = [] if batch_shape is None else list(batch_shape)
        diag_ones = _tf.ones(batch + [min(num_rows, num_columns)], dtype=dtype)
        if num_rows == num_columns:
            return _tf.matrix_diag(diag_ones)
        return _tf.matrix_set_diag(_tf.zeros(batch + [num_rows, num_columns], dtype=dtype), diag_ones)


def matrix_transpose(a, name="matrix_transpose", conjugate=False):
    with name_scope(name, values=[a]):
        from _tftest_engine import convert_to_tensor
        a = convert_to_tensor(a, name="a")
        ndims = a.get_shape().ndims
        if ndims is None:
            _unsupported("tf.linalg.matrix_transpose of a tensor of unknown rank")
        if ndims < 2:
            raise ValueError("Argument 'a' should be a (batch) matrix, with rank >= 2.  Found: %s" % a.get_shape())
        if conjugate and a.dtype.is_complex:
            _unsupported("tf.linalg.matrix_transpose(conjugate=True) of a complex tensor")
        perm = list(range(ndims - 2)) + [ndims - 1, ndims - 2]
        return _tf.transpose(a, perm=perm)


def norm(tensor, ord="euclidean", axis=None, keepdims=None, name=None, keep_dims=None):
    # linalg_ops.norm_v1 → norm: sqrt(reduce_sum(t * conj(t), axis, keepdims=True)), squeezed unless
    # keepdims; conj of a real tensor is the tensor itself (no op).
    if keepdims is not None and keep_dims is not None:
        raise ValueError("Cannot specify both 'keep_dims' and 'keepdims'")
    keepdims = keep_dims if keepdims is None else keepdims
    if ord not in ("euclidean", "fro", 2, 2.0) or axis is not None:
        _unsupported("tf.norm(ord=..., axis=...) other than the euclidean norm of the whole tensor")
    with name_scope(name, "norm", [tensor]):
        from _tftest_engine import convert_to_tensor
        tensor = convert_to_tensor(tensor)
        if tensor.dtype.is_complex:
            _unsupported("tf.norm of a complex tensor")
        result = _tf.sqrt(_tf.reduce_sum(tensor * tensor, axis, keepdims=True))
        if not keepdims:
            result = _tf.squeeze(result, axis)
        return result

# array_ops.split (TF 1.15 array_ops.py 1632-1690) and array_ops.unstack (1279-1319): a Split op for
# a number of splits, a SplitV op for a list of sizes, an Unpack op for the slices along an axis.
import _tf
from _tftest_engine import convert_to_tensor
from _tfshape import Dimension


def split(value, num_or_size_splits, axis=0, num=None, name="split"):
    # Converted before the op, outside its name scope, whatever its kind: a Const beside it.
    size_splits = convert_to_tensor(num_or_size_splits)
    if isinstance(num_or_size_splits, (int, Dimension)):
        # op_def_library's _MakeInt: int(v).
        return _tf.split_num(axis, int(num_or_size_splits), value, name)
    if size_splits.shape.ndims == 0:
        raise ValueError("Rank-0 tensors are not supported as the num_or_size_splits argument to split. "
                         "Argument provided: %s" % (num_or_size_splits,))
    if num is None:
        dims = size_splits.shape.as_list() if size_splits.shape.ndims is not None else None
        if dims:
            num = dims[0]
        if num is None:
            raise ValueError("Cannot infer num from shape %s" % num_or_size_splits)
    return _tf.split_v(value, size_splits, axis, num, name)


def unstack(value, num=None, axis=0, name="unstack"):
    if num is None:
        value = convert_to_tensor(value)
        value_shape = value.get_shape()
        if value_shape.ndims is not None:
            if axis < -value_shape.ndims or axis >= value_shape.ndims:
                raise ValueError("axis = %d not in [%d, %d)" %
                                 (axis, -value_shape.ndims, value_shape.ndims))
            num = value_shape.dims[axis].value
    if num is None:
        raise ValueError("Cannot infer num from shape %s" % value_shape)
    return _tf.unpack(value, num, axis, name)

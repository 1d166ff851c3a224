# array_ops.split (TF 1.15 array_ops.py 1663-1734) for a list of sizes: a SplitV op. An int number of
# splits (the Split op) is not modelled.
import _tf
from _tftest_engine import convert_to_tensor


def split(value, num_or_size_splits, axis=0, num=None, name="split"):
    if isinstance(num_or_size_splits, int):
        _tf.unsupported("tf.split with a number of splits (the Split op)")
    # Converted before the op, outside its name scope: a Const beside it.
    size_splits = convert_to_tensor(num_or_size_splits)
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

# tensorflow.python.ops.partitioned_variables (TF 1.15): the partitioner factories, written after TF's
# arithmetic, and create_partitioned_variables over the engine's partitioned get_variable.
import math

import _tf
import _tftest
from _tfcore import DType, TensorShape, PartitionedVariable
from _tfapi import float32, string

__getattr__ = _tftest.lazy_module(__name__)


def variable_axis_size_partitioner(max_shard_bytes, axis=0, bytes_per_string_element=16, max_shards=None):
    # partitioned_variables.py 71-154: shards of at most max_shard_bytes along `axis`.
    if max_shard_bytes < 1 or bytes_per_string_element < 1:
        raise ValueError("Both max_shard_bytes and bytes_per_string_element must be positive.")
    if max_shards and max_shards < 1:
        raise ValueError("max_shards must be positive.")

    def _partitioner(shape, dtype):
        if not isinstance(shape, TensorShape):
            raise ValueError("shape is not a TensorShape: %s" % shape)
        if not shape.is_fully_defined():
            raise ValueError("shape is not fully defined: %s" % shape)
        if not isinstance(dtype, DType):
            raise ValueError("dtype is not a DType: %s" % dtype)
        if dtype.base_dtype == string:
            element_size = bytes_per_string_element
        else:
            element_size = dtype.size
        partitions = [1] * shape.ndims
        bytes_per_slice = 1.0 * (shape.num_elements() / shape.dims[axis].value) * element_size
        slices_per_shard = max(1, math.floor(max_shard_bytes / bytes_per_slice))
        axis_shards = int(math.ceil(1.0 * shape.dims[axis].value / slices_per_shard))
        if max_shards:
            axis_shards = min(max_shards, axis_shards)
        partitions[axis] = axis_shards
        return partitions

    return _partitioner


def min_max_variable_partitioner(max_partitions=1, axis=0, min_slice_size=256 << 10, bytes_per_string_element=16):
    # partitioned_variables.py 157-218: at least min_slice_size bytes per shard, at most max_partitions.
    def _partitioner(shape, dtype):
        if axis >= len(shape):
            raise ValueError("Can not partition variable along axis %d when shape is only %s" % (axis, shape))
        if dtype.base_dtype == string:
            bytes_per_element = bytes_per_string_element
        else:
            bytes_per_element = dtype.size
        total_size_bytes = shape.num_elements() * bytes_per_element
        partitions = total_size_bytes / min_slice_size
        partitions_list = [1] * len(shape)
        partitions_list[axis] = max(1, min(shape.dims[axis].value, max_partitions, int(math.ceil(partitions))))
        return partitions_list

    return _partitioner


def fixed_size_partitioner(num_shards, axis=0):
    # partitioned_variables.py 221-237.
    def _partitioner(shape, **unused_args):
        partitions_list = [1] * len(shape)
        partitions_list[axis] = min(num_shards, shape.dims[axis].value)
        return partitions_list

    return _partitioner


def create_partitioned_variables(shape, slicing, initializer, dtype=float32, trainable=True, collections=None,
                                 name=None, reuse=None):
    # partitioned_variables.py 240-318: the slicing as a partitioner, under variable_scope(name,
    # "PartitionedVariable"), through variable_scope._get_partitioned_variable with an empty name.
    from tensorflow.python.ops import variable_scope
    if len(shape) != len(slicing):
        raise ValueError("The 'shape' and 'slicing' of a partitioned Variable must have the length: shape: %s, "
                         "slicing: %s" % (shape, slicing))
    if len(shape) < 1:
        raise ValueError("A partitioned Variable must have rank at least 1: shape: %s" % shape)
    partitioner = lambda **unused_kwargs: slicing
    with variable_scope.variable_scope(name, "PartitionedVariable", reuse=reuse):
        partitioned_var = variable_scope._get_partitioned_variable(
            name=None, shape=shape, dtype=dtype, initializer=initializer, trainable=trainable,
            partitioner=partitioner, collections=collections)
        return list(partitioned_var)

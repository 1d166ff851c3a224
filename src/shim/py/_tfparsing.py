# tf.train.Example parsing in graph mode: python/ops/parsing_ops.py of TF 1.15 (VarLenFeature,
# FixedLenFeature, _features_to_raw_params, parse_single_example → parse_single_example_v2 →
# _parse_single_example_v2_raw, parse_example → parse_example_v2 → _parse_example_raw and
# _process_raw_parameters) over the ParseSingleExample / ParseExample ops (src/tf/ops/parsing.ts).
# FixedLenSequenceFeature and SparseFeature, and `example_names` (the unoptimized ParseExample path), are
# refused by name.
import collections
import re

import _tf
from _tfcore import Tensor, TensorShape, name_scope
from _tfdtypes import as_dtype
from _tftest_engine import convert_to_tensor

_MODULE = "tensorflow.python.ops.parsing_ops"
_ALLOWED = ("float32", "int64", "string")


class VarLenFeature(collections.namedtuple("VarLenFeature", ["dtype"])):
    __module__ = _MODULE


class FixedLenFeature(collections.namedtuple("FixedLenFeature", ["shape", "dtype", "default_value"])):
    __module__ = _MODULE

    def __new__(cls, shape, dtype, default_value=None):
        return super(FixedLenFeature, cls).__new__(cls, shape, dtype, default_value)


class FixedLenSequenceFeature(collections.namedtuple(
        "FixedLenSequenceFeature", ["shape", "dtype", "allow_missing", "default_value"])):
    __module__ = _MODULE

    def __new__(cls, shape, dtype, allow_missing=False, default_value=None):
        return super(FixedLenSequenceFeature, cls).__new__(cls, shape, dtype, allow_missing, default_value)


class SparseFeature(collections.namedtuple(
        "SparseFeature", ["index_key", "value_key", "dtype", "size", "already_sorted"])):
    __module__ = _MODULE

    def __new__(cls, index_key, value_key, dtype, size, already_sorted=False):
        return super(SparseFeature, cls).__new__(cls, index_key, value_key, dtype, size, already_sorted)


def _features_to_raw_params(features, what):
    # parsing_ops.py 190-303, over sorted keys.
    sparse_keys, sparse_types, dense_keys, dense_types, dense_shapes = [], [], [], [], []
    dense_defaults = collections.OrderedDict()
    for key in sorted(features.keys()):
        feature = features[key]
        if isinstance(feature, VarLenFeature):
            if not feature.dtype:
                raise ValueError("Missing type for feature %s." % key)
            sparse_keys.append(key)
            sparse_types.append(_feature_dtype(feature.dtype, what))
        elif isinstance(feature, FixedLenFeature):
            if not feature.dtype:
                raise ValueError("Missing type for feature %s." % key)
            if feature.shape is None:
                raise ValueError("Missing shape for feature %s." % key)
            feature_tensor_shape = TensorShape(feature.shape)
            if (feature.shape and feature_tensor_shape.ndims and feature_tensor_shape.dims[0].value is None):
                raise ValueError("First dimension of shape for feature %s unknown. "
                                 "Consider using FixedLenSequenceFeature." % key)
            if feature.shape is not None and not feature_tensor_shape.is_fully_defined():
                raise ValueError("All dimensions of shape for feature %s need to be "
                                 "known but received %s." % (key, str(feature.shape)))
            dense_keys.append(key)
            dense_shapes.append(feature.shape)
            dense_types.append(_feature_dtype(feature.dtype, what))
            if feature.default_value is not None:
                dense_defaults[key] = feature.default_value
        elif isinstance(feature, (FixedLenSequenceFeature, SparseFeature)):
            _tf.unsupported("%s with a %s" % (what, type(feature).__name__))
        else:
            raise ValueError("Invalid feature %s:%s." % (key, feature))
    return sparse_keys, sparse_types, dense_keys, dense_types, dense_defaults, dense_shapes


def _feature_dtype(dtype, what):
    dtype = as_dtype(dtype)
    if dtype.name not in _ALLOWED:
        # The op's attr check (op_def_library's TypeError naming the allowed list).
        _tf.unsupported("%s of a %s feature (the op's type check)" % (what, dtype.name))
    return dtype


def _check_raw(sparse_keys, dense_keys):
    if len(dense_keys) + len(sparse_keys) == 0:
        raise ValueError("Must provide at least one sparse key or dense key")
    if not set(dense_keys).isdisjoint(set(sparse_keys)):
        raise ValueError("Dense and sparse keys must not intersect; intersection: %s" %
                         set(dense_keys).intersection(set(sparse_keys)))


def _dense_defaults(dense_keys, dense_types, dense_defaults, dense_shapes):
    from _tfapi import constant, reshape
    out = []
    for i, key in enumerate(dense_keys):
        default_value = dense_defaults.get(key)
        if default_value is None:
            default_value = constant([], dtype=dense_types[i])
        elif not isinstance(default_value, Tensor):
            key_name = "key_" + re.sub("[^A-Za-z0-9_.\\-/]", "_", key)
            default_value = convert_to_tensor(default_value, dtype=dense_types[i], name=key_name)
            # A TensorShape converts as its list (constant_op._tensor_shape_tensor_conversion_function).
            default_value = reshape(default_value, dense_shapes[i].as_list())
        out.append(default_value)
    return out


def _as_dims(shape):
    return [d.value for d in TensorShape(shape).dims]


def _sparse_tensors(sparse_keys, outputs):
    from _tfsparse import SparseTensor
    n = len(sparse_keys)
    indices, values, shapes = outputs[:n], outputs[n:2 * n], outputs[2 * n:3 * n]
    return [SparseTensor(ix, val, shape) for ix, val, shape in zip(indices, values, shapes)], outputs[3 * n:]


def parse_single_example(serialized, features, name=None, example_names=None):
    what = "tf.parse_single_example"
    if not features:
        raise ValueError("Missing features.")
    if example_names is not None:
        _tf.unsupported("%s(example_names=...) (the ParseExample path)" % what)
    # parse_single_example_v2.
    sparse_keys, sparse_types, dense_keys, dense_types, dense_defaults, dense_shapes = \
        _features_to_raw_params(features, what)
    # _parse_single_example_v2_raw.
    with name_scope(name, "ParseSingleExample", [serialized]):
        serialized = convert_to_tensor(serialized, name="serialized")
        _check_raw(sparse_keys, dense_keys)
        dense_shapes = [TensorShape(s) for s in dense_shapes]
        defaults = _dense_defaults(dense_keys, dense_types, dense_defaults, dense_shapes)
        outputs = _tf.parse_single_example_op(serialized, defaults, sparse_keys, sparse_types, dense_keys,
                                              [_as_dims(s) for s in dense_shapes], name)
        sparse_tensors, dense_values = _sparse_tensors(sparse_keys, outputs)
        return dict(zip(sparse_keys + dense_keys, sparse_tensors + dense_values))


def parse_example(serialized, features, name=None, example_names=None):
    what = "tf.parse_example"
    if example_names is not None:
        _tf.unsupported("%s(example_names=...)" % what)
    # parse_example_v2.
    if not features:
        raise ValueError("Missing: features was %s." % features)
    sparse_keys, sparse_types, dense_keys, dense_types, dense_defaults, dense_shapes = \
        _features_to_raw_params(features, what)
    # _parse_example_raw over _process_raw_parameters.
    with name_scope(name, "ParseExample", [serialized]):
        _check_raw(sparse_keys, dense_keys)
        dense_shapes = [TensorShape(s) for s in dense_shapes]
        defaults = _dense_defaults(dense_keys, dense_types, dense_defaults, dense_shapes)
        outputs = _tf.parse_example_op(serialized, defaults, sparse_keys, sparse_types, dense_keys,
                                       [_as_dims(s) for s in dense_shapes], name)
        sparse_tensors, dense_values = _sparse_tensors(sparse_keys, outputs)
        return dict(zip(sparse_keys + dense_keys, sparse_tensors + dense_values))

# tf.feature_column (TF 1.15), the subset tfscope models exactly: numeric_column,
# categorical_column_with_vocabulary_list, categorical_column_with_identity, indicator_column, and the v1
# input_layer that turns them into one dense tensor (feature_column.py `_internal_input_layer`, with the
# v2 column classes of feature_column_v2.py that TF 1.15's `tf.feature_column.*` functions return).
# Columns are the namedtuples TF defines (same class names, so the same reprs); their graph is built by
# the same calls in the same order, so ops get TF's names (`input_layer/sales/Cast`...).
import collections
import collections.abc

import _tf
from _tfcore import name_scope, variable_scope
from _tfdtypes import as_dtype
from _tflookup import index_table_from_tensor
from _tfmask import where
from _tfsparse import SparseTensor, convert_to_tensor_or_sparse_tensor, gather_nd, one_hot, sparse_tensor_to_dense
from _tftest_engine import convert_to_tensor

_float32 = _tf.as_dtype("float32")
_int64 = _tf.as_dtype("int64")
_string = _tf.as_dtype("string")
_GLOBAL_VARIABLES = "variables"
_MODEL_VARIABLES = "model_variables"


def _unsupported(what):
    import _tftest
    _tftest.unsupported(what)


def _is_sequence(x):
    # nest.is_sequence: lists, tuples and dicts, never strings.
    return isinstance(x, (list, tuple, dict))


def _flatten(x):
    if not _is_sequence(x):
        return [x]
    out = []
    for v in x:
        out.extend(_flatten(v))
    return out


# ---- feature_column/utils.py

def _assert_string_or_int(dtype, prefix):
    if (dtype != _string) and (not dtype.is_integer):
        raise ValueError("{} dtype must be string or integer. dtype: {}.".format(prefix, dtype))


def _assert_key_is_string(key):
    if not isinstance(key, str):
        raise ValueError("key must be a string. Got: type {}. Given key: {}.".format(type(key), key))


def _create_tuple(shape, value):
    if shape:
        return tuple([_create_tuple(shape[1:], value) for _ in range(shape[0])])
    return value


def _as_tuple(value):
    if not _is_sequence(value):
        return value
    return tuple([_as_tuple(v) for v in value])


def _is_shape_and_default_value_compatible(default_value, shape):
    if _is_sequence(default_value) != bool(shape):
        return False
    if not shape:
        return True
    if len(default_value) != shape[0]:
        return False
    for i in range(shape[0]):
        if not _is_shape_and_default_value_compatible(default_value[i], shape[1:]):
            return False
    return True


def _check_default_value(shape, default_value, dtype, key):
    if default_value is None:
        return None
    if isinstance(default_value, int):
        return _create_tuple(shape, default_value)
    if isinstance(default_value, float) and dtype.is_floating:
        return _create_tuple(shape, default_value)
    if callable(getattr(default_value, "tolist", None)):
        default_value = default_value.tolist()
    if _is_sequence(default_value):
        if not _is_shape_and_default_value_compatible(default_value, shape):
            raise ValueError("The shape of default_value must be equal to given shape. "
                             "default_value: {}, shape: {}, key: {}".format(default_value, shape, key))
        flat = _flatten(default_value)
        if all(isinstance(v, int) for v in flat):
            return _as_tuple(default_value)
        if any(isinstance(v, float) for v in flat) and dtype.is_floating:
            return _as_tuple(default_value)
    raise TypeError("default_value must be compatible with dtype. "
                    "default_value: {}, dtype: {}, key: {}".format(default_value, dtype, key))


def _check_shape(shape, key):
    assert shape is not None
    if not _is_sequence(shape):
        shape = [shape]
    shape = tuple(shape)
    for dimension in shape:
        if not isinstance(dimension, int):
            raise TypeError("shape dimensions must be integer. shape: {}, key: {}".format(shape, key))
        if dimension < 1:
            raise ValueError("shape dimensions must be greater than 0. shape: {}, key: {}".format(shape, key))
    return shape


# ---- the column bases (feature_column.py _FeatureColumn, _DenseColumn, _CategoricalColumn)

class _FeatureColumn(object):
    __module__ = "tensorflow.python.feature_column.feature_column"

    def __lt__(self, other):
        return str(self) < str(other)

    def __gt__(self, other):
        return str(self) > str(other)

    @property
    def _var_scope_name(self):
        return self.name


class _DenseColumn(_FeatureColumn):
    __module__ = "tensorflow.python.feature_column.feature_column"


class _CategoricalColumn(_FeatureColumn):
    __module__ = "tensorflow.python.feature_column.feature_column"
    IdWeightPair = collections.namedtuple("IdWeightPair", ["id_tensor", "weight_tensor"])


class _KeyedColumn(object):
    """What every v2 column over one feature key shares: its name is the key, the key its parent."""

    @property
    def _is_v2_column(self):
        return True

    @property
    def name(self):
        return self.key

    @property
    def parents(self):
        return [self.key]


class _KeyedCategoricalColumn(_KeyedColumn, _CategoricalColumn):
    def _get_sparse_tensors(self, inputs, weight_collections=None, trainable=None):
        # The ids are the transformed feature; these columns have no weights.
        return _CategoricalColumn.IdWeightPair(inputs.get(self), None)

    def _transform_feature(self, inputs):
        return self._transform_input_tensor(_to_sparse_input_and_drop_ignore_values(inputs.get(self.key)))


# ---- the builder (feature_column.py _LazyBuilder)

class _LazyBuilder(object):
    def __init__(self, features):
        self._features = features.copy()
        self._feature_tensors = {}

    def get(self, key):
        if key in self._feature_tensors:
            return self._feature_tensors[key]
        if key in self._features:
            feature_tensor = self._get_raw_feature_as_tensor(key)
            self._feature_tensors[key] = feature_tensor
            return feature_tensor
        if isinstance(key, str):
            raise ValueError("Feature {} is not in features dictionary.".format(key))
        if not isinstance(key, _FeatureColumn):
            raise TypeError('"key" must be either a "str" or "_FeatureColumn". Provided: {}'.format(key))
        column = key
        transformed = column._transform_feature(self)
        if transformed is None:
            raise ValueError("Column {} is not supported.".format(column.name))
        self._feature_tensors[column] = transformed
        return transformed

    def _get_raw_feature_as_tensor(self, key):
        raw_feature = self._features[key]
        feature_tensor = convert_to_tensor_or_sparse_tensor(raw_feature)

        def expand_dims(input_tensor):
            if isinstance(input_tensor, SparseTensor):
                _unsupported("tf.feature_column.input_layer of a rank-1 SparseTensor feature (sparse_reshape)")
            return _tf.expand_dims(input_tensor, -1)

        rank = feature_tensor.get_shape().ndims
        if rank is not None:
            if rank == 0:
                raise ValueError("Feature (key: {}) cannot have rank 0. Given: {}".format(key, feature_tensor))
            return feature_tensor if rank != 1 else expand_dims(feature_tensor)
        # A feature of unknown rank goes through assert_positive and cond (not modelled).
        _unsupported("tf.feature_column.input_layer of a feature with unknown rank")


def _to_sparse_input_and_drop_ignore_values(input_tensor, ignore_value=None):
    # feature_column.py 2228-2269: the cells that are not the ignore value, as a SparseTensor.
    input_tensor = convert_to_tensor_or_sparse_tensor(input_tensor)
    if isinstance(input_tensor, SparseTensor):
        return input_tensor
    with name_scope(None, "to_sparse_input", (input_tensor, ignore_value)):
        if ignore_value is None:
            if input_tensor.dtype == _string:
                ignore_value = ""
            elif input_tensor.dtype.is_integer:
                ignore_value = -1
            else:
                ignore_value = 0.0 if input_tensor.dtype.is_floating else input_tensor.dtype.as_numpy_dtype()
        ignore_value = _tf.cast(ignore_value, input_tensor.dtype, name="ignore_value")
        indices = where(_tf.not_equal(input_tensor, ignore_value), name="indices")
        return SparseTensor(indices=indices, values=gather_nd(input_tensor, indices, name="values"),
                            dense_shape=_tf.shape(input_tensor, out_type=_int64, name="dense_shape"))


def _normalize_feature_columns(feature_columns):
    if isinstance(feature_columns, _FeatureColumn):
        feature_columns = [feature_columns]
    if isinstance(feature_columns, collections.abc.Iterator):
        feature_columns = list(feature_columns)
    if isinstance(feature_columns, dict):
        raise ValueError("Expected feature_columns to be iterable, found dict.")
    for column in feature_columns:
        if not isinstance(column, _FeatureColumn):
            raise ValueError("Items of feature_columns must be a _FeatureColumn. "
                             "Given (type {}): {}.".format(type(column), column))
    if not feature_columns:
        raise ValueError("feature_columns must not be empty.")
    name_to_column = {}
    for column in feature_columns:
        if column.name in name_to_column:
            raise ValueError("Duplicate feature column name found for columns: {} "
                             "and {}. This usually means that these columns refer to "
                             "same base feature. Either one must be discarded or a "
                             "duplicated but renamed item must be inserted in "
                             "features dict.".format(column, name_to_column[column.name]))
        name_to_column[column.name] = column
    return feature_columns


def _verify_static_batch_size_equality(tensors, columns):
    expected_batch_size = None
    for i in range(0, len(tensors)):
        if tensors[i].shape.dims[0].value is not None:
            if expected_batch_size is None:
                bath_size_column_index = i
                expected_batch_size = tensors[i].shape.dims[0]
            elif not expected_batch_size.is_compatible_with(tensors[i].shape.dims[0]):
                raise ValueError("Batch size (first dimension) of each feature must be same. "
                                 "Batch size of columns ({}, {}): ({}, {})".format(
                                     columns[bath_size_column_index].name, columns[i].name,
                                     expected_batch_size, tensors[i].shape.dims[0]))


# ---- input_layer (feature_column.py 172-305)

def input_layer(features, feature_columns, weight_collections=None, trainable=True, cols_to_vars=None,
                cols_to_output_tensors=None):
    feature_columns = _normalize_feature_columns(feature_columns)
    for column in feature_columns:
        if not isinstance(column, _DenseColumn):
            raise ValueError("Items of feature_columns must be a _DenseColumn. "
                             "You can wrap a categorical column with an "
                             "embedding_column or indicator_column. Given: {}".format(column))
    weight_collections = list(weight_collections or [])
    if _GLOBAL_VARIABLES not in weight_collections:
        weight_collections.append(_GLOBAL_VARIABLES)
    if _MODEL_VARIABLES not in weight_collections:
        weight_collections.append(_MODEL_VARIABLES)

    def _get_logits():
        builder = _LazyBuilder(features)
        output_tensors = []
        ordered_columns = []
        for column in sorted(feature_columns, key=lambda x: x.name):
            ordered_columns.append(column)
            with variable_scope(None, default_name=column._var_scope_name):
                tensor = column._get_dense_tensor(builder, weight_collections=weight_collections, trainable=trainable)
                num_elements = column._variable_shape.num_elements()
                batch_size = _tf.shape(tensor)[0]
                output_tensor = _tf.reshape(tensor, shape=(batch_size, num_elements))
                output_tensors.append(output_tensor)
                if cols_to_vars is not None:
                    cols_to_vars[column] = _tf.get_collection(_GLOBAL_VARIABLES, _tf.get_variable_scope().name)
                if cols_to_output_tensors is not None:
                    cols_to_output_tensors[column] = output_tensor
        _verify_static_batch_size_equality(output_tensors, ordered_columns)
        return _tf.concat(output_tensors, 1)

    with variable_scope(None, default_name="input_layer", values=list(features.values())):
        return _get_logits()


# ---- the columns (feature_column_v2.py)

def numeric_column(key, shape=(1,), default_value=None, dtype=_float32, normalizer_fn=None):
    shape = _check_shape(shape, key)
    if not (dtype.is_integer or dtype.is_floating):
        raise ValueError("dtype must be convertible to float. dtype: {}, key: {}".format(dtype, key))
    default_value = _check_default_value(shape, default_value, dtype, key)
    if normalizer_fn is not None and not callable(normalizer_fn):
        raise TypeError("normalizer_fn must be a callable. Given: {}".format(normalizer_fn))
    _assert_key_is_string(key)
    return NumericColumn(key, shape=shape, default_value=default_value, dtype=dtype, normalizer_fn=normalizer_fn)


class NumericColumn(_KeyedColumn, _DenseColumn, collections.namedtuple(
        "NumericColumn", ("key", "shape", "default_value", "dtype", "normalizer_fn"))):
    __module__ = "tensorflow.python.feature_column.feature_column_v2"

    def _transform_input_tensor(self, input_tensor):
        if isinstance(input_tensor, SparseTensor):
            raise ValueError("The corresponding Tensor of numerical column must be a Tensor. "
                             "SparseTensor is not supported. key: {}".format(self.key))
        if self.normalizer_fn is not None:
            input_tensor = self.normalizer_fn(input_tensor)
        return _tf.cast(input_tensor, _float32)

    def _transform_feature(self, inputs):
        return self._transform_input_tensor(inputs.get(self.key))

    @property
    def _variable_shape(self):
        return _tf.tensor_shape(self.shape)

    variable_shape = _variable_shape

    def _get_dense_tensor(self, inputs, weight_collections=None, trainable=None):
        return inputs.get(self)


def categorical_column_with_vocabulary_list(key, vocabulary_list, dtype=None, default_value=-1, num_oov_buckets=0):
    import numpy as np
    if (vocabulary_list is None) or (len(vocabulary_list) < 1):
        raise ValueError("vocabulary_list {} must be non-empty, column_name: {}".format(vocabulary_list, key))
    if len(set(vocabulary_list)) != len(vocabulary_list):
        raise ValueError("Duplicate keys in vocabulary_list {}, column_name: {}".format(vocabulary_list, key))
    vocabulary_dtype = as_dtype(np.array(vocabulary_list).dtype)
    if num_oov_buckets:
        if default_value != -1:
            raise ValueError("Can't specify both num_oov_buckets and default_value in {}.".format(key))
        if num_oov_buckets < 0:
            raise ValueError("Invalid num_oov_buckets {} in {}.".format(num_oov_buckets, key))
    _assert_string_or_int(vocabulary_dtype, prefix="column_name: {} vocabulary".format(key))
    if dtype is None:
        dtype = vocabulary_dtype
    elif dtype.is_integer != vocabulary_dtype.is_integer:
        raise ValueError("dtype {} and vocabulary dtype {} do not match, column_name: {}".format(
            dtype, vocabulary_dtype, key))
    _assert_string_or_int(dtype, prefix="column_name: {}".format(key))
    _assert_key_is_string(key)
    return VocabularyListCategoricalColumn(key=key, vocabulary_list=tuple(vocabulary_list), dtype=dtype,
                                           default_value=default_value, num_oov_buckets=num_oov_buckets)


class VocabularyListCategoricalColumn(_KeyedCategoricalColumn, collections.namedtuple(
        "VocabularyListCategoricalColumn", ("key", "vocabulary_list", "dtype", "default_value", "num_oov_buckets"))):
    __module__ = "tensorflow.python.feature_column.feature_column_v2"

    def _transform_input_tensor(self, input_tensor):
        if self.dtype.is_integer != input_tensor.dtype.is_integer:
            raise ValueError("Column dtype and SparseTensors dtype must be compatible. "
                             "key: {}, column dtype: {}, tensor dtype: {}".format(
                                 self.key, self.dtype, input_tensor.dtype))
        _assert_string_or_int(input_tensor.dtype, prefix="column_name: {} input_tensor".format(self.key))
        key_dtype = self.dtype
        if input_tensor.dtype.is_integer:
            # index_table_from_tensor requires 64-bit integer keys.
            key_dtype = _int64
            input_tensor = _cast_sparse(input_tensor, _int64)
        name = "{}_lookup".format(self.key)
        if self.num_oov_buckets:
            _unsupported("tf.feature_column.categorical_column_with_vocabulary_list(num_oov_buckets=...) in input_layer")
        table = index_table_from_tensor(vocabulary_list=tuple(self.vocabulary_list), default_value=self.default_value,
                                        num_oov_buckets=self.num_oov_buckets, dtype=key_dtype, name=name)
        return table.lookup(input_tensor)

    @property
    def _num_buckets(self):
        return len(self.vocabulary_list) + self.num_oov_buckets

    num_buckets = _num_buckets


def _cast_sparse(sp, dtype):
    # math_ops.cast of a SparseTensor: its values cast under a `Cast` name scope, same indices and shape.
    with name_scope(None, "Cast", [sp]) as name:
        values = _tf.cast(sp.values, dtype, name=name)
        return SparseTensor(sp.indices, values, sp.dense_shape)


def categorical_column_with_identity(key, num_buckets, default_value=None):
    if num_buckets < 1:
        raise ValueError("num_buckets {} < 1, column_name {}".format(num_buckets, key))
    if (default_value is not None) and ((default_value < 0) or (default_value >= num_buckets)):
        raise ValueError("default_value {} not in range [0, {}), column_name {}".format(
            default_value, num_buckets, key))
    _assert_key_is_string(key)
    return IdentityCategoricalColumn(key=key, number_buckets=num_buckets, default_value=default_value)


class IdentityCategoricalColumn(_KeyedCategoricalColumn, collections.namedtuple(
        "IdentityCategoricalColumn", ("key", "number_buckets", "default_value"))):
    __module__ = "tensorflow.python.feature_column.feature_column_v2"

    def _transform_input_tensor(self, input_tensor):
        if not input_tensor.dtype.is_integer:
            raise ValueError("Invalid input, not integer. key: {} dtype: {}".format(self.key, input_tensor.dtype))
        values = _tf.cast(input_tensor.values, _int64, name="values")
        num_buckets = _tf.cast(self.num_buckets, _int64, name="num_buckets")
        zero = _tf.cast(0, _int64, name="zero")
        if self.default_value is None:
            # check_ops.assert_less / assert_greater_equal guard the values (Assert under a cond): not modelled.
            _unsupported("tf.feature_column.categorical_column_with_identity(default_value=None) in input_layer")
        # Out-of-range ids take the default.
        values = _tf.select_v2(
            _tf.logical_or(values < zero, values >= num_buckets, name="out_of_range"),
            _tf.fill(dims=_tf.shape(values), value=_tf.cast(self.default_value, _int64), name="default_values"),
            values)
        return SparseTensor(indices=input_tensor.indices, values=values, dense_shape=input_tensor.dense_shape)

    @property
    def _num_buckets(self):
        return self.number_buckets

    num_buckets = _num_buckets


def indicator_column(categorical_column):
    return IndicatorColumn(categorical_column)


class IndicatorColumn(_DenseColumn, collections.namedtuple("IndicatorColumn", ("categorical_column",))):
    __module__ = "tensorflow.python.feature_column.feature_column_v2"

    @property
    def _is_v2_column(self):
        return getattr(self.categorical_column, "_is_v2_column", False)

    @property
    def name(self):
        return "{}_indicator".format(self.categorical_column.name)

    def _transform_id_weight_pair(self, id_weight_pair):
        id_tensor = id_weight_pair.id_tensor
        if id_weight_pair.weight_tensor is not None:
            _unsupported("tf.feature_column.indicator_column of a weighted categorical column")
        dense_id_tensor = sparse_tensor_to_dense(id_tensor, default_value=-1)
        # One hot must be float for tf.concat reasons since all other inputs to input_layer are float32.
        one_hot_id_tensor = one_hot(dense_id_tensor, depth=self._variable_shape[-1], on_value=1.0, off_value=0.0)
        # Reduce to get a multi-hot per example.
        return _tf.reduce_sum(one_hot_id_tensor, axis=[-2])

    def _transform_feature(self, inputs):
        if not isinstance(self.categorical_column, _CategoricalColumn):
            _unsupported("tf.feature_column.indicator_column of %s" % type(self.categorical_column).__name__)
        id_weight_pair = self.categorical_column._get_sparse_tensors(inputs)
        return self._transform_id_weight_pair(id_weight_pair)

    @property
    def _variable_shape(self):
        return _tf.tensor_shape([1, self.categorical_column._num_buckets])

    variable_shape = _variable_shape

    def _get_dense_tensor(self, inputs, weight_collections=None, trainable=None):
        return inputs.get(self)

    @property
    def parents(self):
        return [self.categorical_column]

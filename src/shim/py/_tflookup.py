# lookup_ops.py (TF 1.15): the initializable hash table behind the vocabulary feature columns
# (StaticHashTable / HashTable over HashTableV2, KeyValueTensorInitializer's LookupTableImportV2 in the
# TABLE_INITIALIZERS collection), index_table_from_tensor, and tables_initializer (`init_all_tables`).
# Out-of-vocabulary hash buckets (IdTableWithHashBuckets: Fingerprint64 hashing) are not modelled and are
# refused by name.
import uuid

import _tf
from _tfcore import name_scope
from _tfdtypes import as_dtype
from _tftest_engine import convert_to_tensor, init_scope

_int64 = _tf.as_dtype("int64")
_string = _tf.as_dtype("string")
_TABLE_INITIALIZERS = "table_initializer"


def _unsupported(what):
    import _tftest
    _tftest.unsupported(what)


def _executing_eagerly():
    return _tf.executing_eagerly()


def tables_initializer(name="init_all_tables"):
    # lookup_ops.py 66-84: a group of the collection's initializers, else a NoOp.
    initializers = _tf.get_collection(_TABLE_INITIALIZERS)
    if initializers:
        return _tf.group(*initializers, name=name)
    return _tf.no_op(name=name)


def initialize_all_tables(name="init_all_tables"):
    return tables_initializer(name)


def _check_table_dtypes(table, key_dtype, value_dtype):
    if key_dtype.base_dtype != table.key_dtype:
        raise TypeError("Invalid key dtype, expected %s but got %s." % (table.key_dtype, key_dtype))
    if value_dtype.base_dtype != table.value_dtype:
        raise TypeError("Invalid value dtype, expected %s but got %s." % (table.value_dtype, value_dtype))


class _KeyValueTypes(object):
    """The key and value dtypes a table and its initializer both carry."""

    def __init__(self, key_dtype, value_dtype):
        self._key_dtype = as_dtype(key_dtype)
        self._value_dtype = as_dtype(value_dtype)

    @property
    def key_dtype(self):
        return self._key_dtype

    @property
    def value_dtype(self):
        return self._value_dtype


class LookupInterface(_KeyValueTypes):
    __module__ = "tensorflow.python.ops.lookup_ops"

    def __init__(self, key_dtype, value_dtype):
        super(LookupInterface, self).__init__(key_dtype, value_dtype)
        self._resource_handle = None

    @property
    def resource_handle(self):
        return self._resource_handle


class InitializableLookupTableBase(LookupInterface):
    __module__ = "tensorflow.python.ops.lookup_ops"

    def __init__(self, default_value, initializer):
        super(InitializableLookupTableBase, self).__init__(initializer.key_dtype, initializer.value_dtype)
        self._default_value = convert_to_tensor(default_value, dtype=self._value_dtype)
        self._default_value.get_shape().merge_with(_tf.tensor_shape([]))
        self._initializer = initializer
        # init_scope keeps the name scope and leaves control dependencies and control flow.
        with init_scope():
            self._resource_handle = self._create_resource()
        self._init_op = self._initialize()

    def _initialize(self):
        return self._initializer.initialize(self)

    @property
    def default_value(self):
        return self._default_value

    def size(self, name=None):
        with name_scope(name, "%s_Size" % self.name, [self.resource_handle]):
            return _tf.lookup_table_size_v2(self.resource_handle)

    def lookup(self, keys, name=None):
        # A SparseTensor's values are looked up and a SparseTensor over the same indices comes back.
        from _tfsparse import SparseTensor
        key_tensor = keys
        if isinstance(keys, SparseTensor):
            key_tensor = keys.values
        if keys.dtype.base_dtype != self._key_dtype:
            raise TypeError("Signature mismatch. Keys must be dtype %s, got %s." % (self._key_dtype, keys.dtype))
        with name_scope(name, "%s_Lookup" % self.name, (self.resource_handle, key_tensor, self._default_value)):
            values = _tf.lookup_table_find_v2(self.resource_handle, key_tensor, self._default_value)
        values.set_shape(key_tensor.get_shape())
        if isinstance(keys, SparseTensor):
            return SparseTensor(keys.indices, values, keys.dense_shape)
        return values


class _HashTableResource(object):
    """A HashTableV2 op as the table's resource; the table is named after that op."""

    def _create_resource(self):
        table_ref = _tf.hash_table_v2(key_dtype=self._initializer.key_dtype, value_dtype=self._initializer.value_dtype,
                                      shared_name=self._shared_name or "", name=self._name)
        self._table_name = table_ref.op.name.split("/")[-1]
        return table_ref

    @property
    def name(self):
        return self._table_name

    def export(self, name=None):
        _unsupported("%s.export" % type(self).__name__)


class StaticHashTable(_HashTableResource, InitializableLookupTableBase):
    __module__ = "tensorflow.python.ops.lookup_ops"

    def __init__(self, initializer, default_value, name=None):
        self._initializer = initializer
        self._default_value = default_value
        self._shared_name = self._initializer._shared_name
        if not self._shared_name:
            # lookup_ops.py: a shared name of its own, so that every kernel sees the one table.
            self._shared_name = "hash_table_%s" % (str(uuid.uuid4()),)
        self._name = name or "hash_table"
        self._table_name = None
        super(StaticHashTable, self).__init__(default_value, initializer)
        self._value_shape = self._default_value.get_shape()



class StaticHashTableV1(StaticHashTable):
    __module__ = "tensorflow.python.ops.lookup_ops"

    @property
    def initializer(self):
        return self._init_op


class HashTable(StaticHashTableV1):
    __module__ = "tensorflow.python.ops.lookup_ops"

    @property
    def init(self):
        return self.initializer


class TableInitializerBase(_KeyValueTypes):
    __module__ = "tensorflow.python.ops.lookup_ops"

    def initialize(self, table):
        raise NotImplementedError

    @property
    def _shared_name(self):
        if _executing_eagerly():
            _unsupported("lookup tables under eager execution")
        return ""


class KeyValueTensorInitializer(TableInitializerBase):
    __module__ = "tensorflow.python.ops.lookup_ops"

    def __init__(self, keys, values, key_dtype=None, value_dtype=None, name=None):
        if _executing_eagerly():
            _unsupported("tf.lookup.KeyValueTensorInitializer under eager execution")
        self._keys = convert_to_tensor(keys, dtype=key_dtype, name="keys")
        self._values = convert_to_tensor(values, dtype=value_dtype, name="values")
        self._name = name if name is not None else "key_value_init"
        super(KeyValueTensorInitializer, self).__init__(self._keys.dtype, self._values.dtype)

    def initialize(self, table):
        _check_table_dtypes(table, self._keys.dtype, self._values.dtype)
        with name_scope(self._name, values=(table.resource_handle, self._keys, self._values)):
            init_op = _tf.lookup_table_import_v2(table.resource_handle, self._keys, self._values)
        _tf.add_to_collection(_TABLE_INITIALIZERS, init_op)
        return init_op


def index_table_from_tensor(vocabulary_list, num_oov_buckets=0, default_value=-1, hasher_spec=None, dtype=_string,
                            name=None):
    # lookup_ops.py 1342-1438.
    if vocabulary_list is None:
        raise ValueError("vocabulary_list must be specified.")
    if num_oov_buckets < 0:
        raise ValueError("num_oov_buckets must be greater or equal than 0, got %d." % num_oov_buckets)
    if hasher_spec is not None:
        _unsupported("tf.contrib.lookup.index_table_from_tensor(hasher_spec=...)")
    if (not dtype.is_integer) and (_string != dtype.base_dtype):
        raise TypeError("Only integer and string keys are supported.")
    with name_scope(name, "string_to_index"):
        keys = convert_to_tensor(vocabulary_list)
        if keys.dtype.is_integer != dtype.is_integer:
            raise ValueError("Expected %s, got %s." % ("integer" if dtype.is_integer else "non-integer", keys.dtype))
        if (not dtype.is_integer) and (keys.dtype.base_dtype != dtype):
            raise ValueError("Expected %s, got %s." % (dtype, keys.dtype))
        if num_oov_buckets:
            # IdTableWithHashBuckets hashes with Fingerprint64 (StringToHashBucketFast), not modelled.
            _unsupported("tf.contrib.lookup.index_table_from_tensor(num_oov_buckets=...)")
        num_elements = _tf.size(keys)
        values = _tf.cast(_tf.range(num_elements), _int64)
        with name_scope(None, "hash_table"):
            table_keys = _tf.cast(keys, _int64) if keys.dtype.is_integer else keys
            init = KeyValueTensorInitializer(table_keys, values, table_keys.dtype.base_dtype, _int64, name="table_init")
            table = StaticHashTableV1(init, default_value)
        return table

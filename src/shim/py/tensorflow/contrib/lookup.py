# tf.contrib.lookup (TF 1.15's contrib/lookup/lookup_ops.py): index_table_from_tensor, HashTable and
# KeyValueTensorInitializer over the core tables of _tflookup.py; its other names are refused by name.
import _tf
from _tflookup import (InitializableLookupTableBase, KeyValueTensorInitializer, _HashTableResource,
                       index_table_from_tensor as _index_table)

_string = _tf.as_dtype("string")


def index_table_from_tensor(mapping, num_oov_buckets=0, default_value=-1, hasher_spec=None, dtype=_string, name=None):
    if mapping is None:
        raise ValueError("mapping must be specified.")
    return _index_table(vocabulary_list=mapping, num_oov_buckets=num_oov_buckets, default_value=default_value,
                        hasher_spec=hasher_spec, dtype=dtype, name=name)


class HashTable(_HashTableResource, InitializableLookupTableBase):
    """contrib's HashTable: the table's shared name is the caller's (none by default: a table per kernel)."""
    __module__ = "tensorflow.contrib.lookup.lookup_ops"

    def __init__(self, initializer, default_value, shared_name=None, name=None):
        self._initializer = initializer
        self._default_value = default_value
        self._shared_name = shared_name
        self._name = name or "hash_table"
        self._table_name = None
        super(HashTable, self).__init__(default_value, initializer)
        self._value_shape = self._default_value.get_shape()

    @property
    def init(self):
        return self._init_op

    @property
    def initializer(self):
        return self._init_op


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError("module 'tensorflow.contrib.lookup' has no attribute '%s'" % name)
    from _tfsurface import _StubValue
    return _StubValue("tf.contrib.lookup." + name)

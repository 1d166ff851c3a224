# tensorflow.python.ops.variable_scope: variable scopes, get_variable and the per-graph variable store,
# as the same objects tf.* exports.
import _tftest
import _tftest_native
from _tfapi import get_local_variable, get_variable, get_variable_scope, variable_creator_scope, variable_op_scope
from _tfcore import AUTO_REUSE, VariableScope, VariableV1, _PartitionInfo, variable_scope
from tensorflow.python.ops.variables import VariableAggregation, VariableSynchronization

__getattr__ = _tftest.lazy_module(__name__)

_DEFAULT_USE_RESOURCE = False


def enable_resource_variables():
    global _DEFAULT_USE_RESOURCE
    _DEFAULT_USE_RESOURCE = True
    _tftest_native.set_default_use_resource(True)


def disable_resource_variables():
    global _DEFAULT_USE_RESOURCE
    _DEFAULT_USE_RESOURCE = False
    _tftest_native.set_default_use_resource(False)


def no_regularizer(_):
    """Use this function to prevent regularization of variables."""
    return None


def variable(initial_value=None, trainable=None, collections=None, validate_shape=True, caching_device=None,
             name=None, dtype=None, constraint=None, use_resource=None,
             synchronization=VariableSynchronization.AUTO, aggregation=VariableAggregation.NONE, shape=None):
    return VariableV1(initial_value=initial_value, trainable=trainable, collections=collections,
                      validate_shape=validate_shape, caching_device=caching_device, name=name, dtype=dtype,
                      constraint=constraint, use_resource=use_resource, synchronization=synchronization,
                      aggregation=aggregation, shape=shape)


class _VariableStore(object):
    """The graph's variable store (`_get_default_variable_store()`): full name → variable."""

    def __init__(self, handle):
        self._handle = handle

    @property
    def _vars(self):
        return _tftest_native.store_vars(self._handle)

    def get_variable(self, name, shape=None, dtype=None, initializer=None, regularizer=None, reuse=None,
                     trainable=None, collections=None, caching_device=None, partitioner=None,
                     validate_shape=True, use_resource=None, custom_getter=None, constraint=None,
                     synchronization=VariableSynchronization.AUTO, aggregation=VariableAggregation.NONE):
        sync = None if synchronization is VariableSynchronization.AUTO else synchronization
        agg = None if aggregation is VariableAggregation.NONE else aggregation
        return _tftest_native.store_get_variable(self._handle, name, shape, dtype, initializer, regularizer, reuse,
                                                 trainable, collections, caching_device, partitioner,
                                                 validate_shape, use_resource, custom_getter, constraint, sync, agg)


def _get_default_variable_store():
    return _VariableStore(_tftest_native.variable_store())


def _get_partitioned_variable(name, shape=None, dtype=None, initializer=None, regularizer=None, trainable=True,
                              collections=None, caching_device=None, partitioner=None, validate_shape=True,
                              use_resource=None, constraint=None, synchronization=VariableSynchronization.AUTO,
                              aggregation=VariableAggregation.NONE):
    # variable_scope.py 1651-1760: create_partitioned_variables' private path (no custom getters).
    import _tf
    return _tf.get_partitioned_variable(name, shape, dtype, initializer, regularizer, trainable, collections,
                                        caching_device, partitioner, validate_shape, use_resource, None,
                                        constraint, synchronization, aggregation)

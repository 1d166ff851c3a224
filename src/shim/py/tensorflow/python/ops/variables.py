# tensorflow.python.ops.variables: the Variable classes and variable collections of tf.*.
import _tftest
from _tfapi import (all_variables, assert_variables_initialized, global_variables, global_variables_initializer, initialize_all_variables,
                    initialize_variables, local_variables, local_variables_initializer, model_variables,
                    report_uninitialized_variables, trainable_variables, variables_initializer)
from _tfcore import (PartitionedVariable, RefVariable, Variable, VariableAggregation, VariableAggregationV2,
                     VariableSynchronization, VariableV1)

__getattr__ = _tftest.lazy_module(__name__)



# tensorflow.python.ops.variables: the Variable classes and variable collections of tf.*.
import enum

import _tftest
from _tfapi import (all_variables, global_variables, global_variables_initializer, initialize_all_variables,
                    initialize_variables, local_variables, local_variables_initializer, model_variables,
                    report_uninitialized_variables, trainable_variables, variables_initializer)
from _tfcore import PartitionedVariable, RefVariable, Variable, VariableV1

__getattr__ = _tftest.lazy_module(__name__)


class VariableSynchronization(enum.Enum):
    AUTO = 0
    NONE = 1
    ON_WRITE = 2
    ON_READ = 3


class VariableAggregationV2(enum.Enum):
    NONE = 0
    SUM = 1
    MEAN = 2
    ONLY_FIRST_REPLICA = 3


class VariableAggregation(enum.Enum):
    NONE = 0
    SUM = 1
    MEAN = 2
    ONLY_FIRST_REPLICA = 3
    ONLY_FIRST_TOWER = 3

# TF 1.15's public `tf.*` namespace (and `tf.compat.v1.*`), assembled from the engine's functions and
# the classes in _tfcore. Names TF has but tfscope lacks are not listed: using one fails with
# AttributeError naming it, which the checker reports as unsupported, not as TF behaviour.
import _tf
from _tfcore import (AUTO_REUSE, DType, Dimension, Graph, InteractiveSession, Operation, Session, Tensor,
                     TensorShape, Variable, VariableScope, VariableV1, name_scope, variable_scope,
                     zeros_initializer, ones_initializer, constant_initializer, random_uniform_initializer,
                     random_normal_initializer, truncated_normal_initializer, glorot_uniform_initializer,
                     glorot_normal_initializer, _Context, OpError,
                     make_template, Template, VariableSynchronization, VariableAggregation)
import _tfcore
from _tfcond import cond
from _tfwhile import while_loop
from _tftensorarray import TensorArray
from _tflogging import Print, print_v2 as print  # noqa: A001
from _tftf_logging import get_logger

# TF 1.x exports VariableV1 as tf.Variable (variables.py `@tf_export(v1=["Variable"])`); the V2 class,
# which always makes resource variables, is tf.compat.v2.Variable and TF 2's tf.Variable.
Variable = VariableV1

__version__ = "1.15.5"
VERSION = __version__
GIT_VERSION = "v1.15.4-39-g3db52be"
COMPILER_VERSION = "7.3.1 20180303"

float16 = _tf.as_dtype("float16")
half = float16
float32 = _tf.as_dtype("float32")
float64 = _tf.as_dtype("float64")
double = float64
bfloat16 = _tf.as_dtype("bfloat16")
int8 = _tf.as_dtype("int8")
int16 = _tf.as_dtype("int16")
int32 = _tf.as_dtype("int32")
int64 = _tf.as_dtype("int64")
uint8 = _tf.as_dtype("uint8")
uint16 = _tf.as_dtype("uint16")
uint32 = _tf.as_dtype("uint32")
uint64 = _tf.as_dtype("uint64")
bool = _tf.as_dtype("bool")
string = _tf.as_dtype("string")
complex64 = _tf.as_dtype("complex64")
complex128 = _tf.as_dtype("complex128")
resource = _tf.as_dtype("resource")
variant = _tf.as_dtype("variant")
from _tfdtypes import as_dtype  # noqa: E402
qint8 = as_dtype("qint8")
quint8 = as_dtype("quint8")
qint16 = as_dtype("qint16")
quint16 = as_dtype("quint16")
qint32 = as_dtype("qint32")
# array_ops.py: `newaxis = None`, for `t[tf.newaxis]`.
newaxis = None


class GraphKeys(object):
    GLOBAL_VARIABLES = "variables"
    LOCAL_VARIABLES = "local_variables"
    METRIC_VARIABLES = "metric_variables"
    MODEL_VARIABLES = "model_variables"
    TRAINABLE_VARIABLES = "trainable_variables"
    SUMMARIES = "summaries"
    QUEUE_RUNNERS = "queue_runners"
    TABLE_INITIALIZERS = "table_initializer"
    ASSET_FILEPATHS = "asset_filepaths"
    MOVING_AVERAGE_VARIABLES = "moving_average_variables"
    REGULARIZATION_LOSSES = "regularization_losses"
    CONCATENATED_VARIABLES = "concatenated_variables"
    SAVERS = "savers"
    WEIGHTS = "weights"
    BIASES = "biases"
    ACTIVATIONS = "activations"
    UPDATE_OPS = "update_ops"
    LOSSES = "losses"
    SAVEABLE_OBJECTS = "saveable_objects"
    RESOURCES = "resources"
    LOCAL_RESOURCES = "local_resources"
    TRAINABLE_RESOURCE_VARIABLES = "trainable_resource_variables"
    INIT_OP = "init_op"
    LOCAL_INIT_OP = "local_init_op"
    READY_OP = "ready_op"
    READY_FOR_LOCAL_INIT_OP = "ready_for_local_init_op"
    SUMMARY_OP = "summary_op"
    GLOBAL_STEP = "global_step"
    EVAL_STEP = "eval_step"
    TRAIN_OP = "train_op"
    COND_CONTEXT = "cond_context"
    WHILE_CONTEXT = "while_context"
    VARIABLES = GLOBAL_VARIABLES


def get_default_graph():
    return _tf.get_default_graph()


def reset_default_graph():
    _tf.reset_default_graph()


def get_variable_scope():
    return _tf.get_variable_scope()


def variable_op_scope(values, name_or_scope, default_name=None, initializer=None, regularizer=None,
                      caching_device=None, partitioner=None, custom_getter=None, reuse=None, dtype=None,
                      use_resource=None, constraint=None):
    return _Context(_tf.variable_op_scope(values, name_or_scope, default_name, initializer, regularizer,
                                          caching_device, partitioner, custom_getter, reuse, dtype,
                                          use_resource, constraint))


def op_scope(values, name, default_name=None):
    return _Context(_tf.op_scope(values, name, default_name))


def variable_creator_scope(variable_creator):
    return _Context(_tf.variable_creator_scope(variable_creator))


def control_dependencies(control_inputs):
    return get_default_graph().control_dependencies(control_inputs)


from _tfdevice import device, colocate_with, DeviceSpecV1 as DeviceSpec  # noqa: E402


def container(container_name):
    return _tfcore._NullContext()


def get_collection(key, scope=None):
    return _tf.get_collection(key, scope)


def get_collection_ref(key):
    return _tf.get_collection_ref(key)


def add_to_collection(name, value):
    _tf.add_to_collection(name, value)


def add_to_collections(names, value):
    _tf.add_to_collections(names, value)


def executing_eagerly():
    return _tf.executing_eagerly()


def enable_eager_execution(config=None, device_policy=None, execution_mode=None):
    for name, value in (("config", config), ("device_policy", device_policy), ("execution_mode", execution_mode)):
        if value is not None:
            _tf.unsupported("tf.enable_eager_execution(%s=...)" % name)
    _tf.enable_eager_execution()


def disable_eager_execution():
    _tf.disable_eager_execution()


def disable_v2_behavior():
    _tf.disable_v2_behavior()


def enable_v2_behavior():
    _tf.enable_v2_behavior()


get_variable = _tf.get_variable
get_local_variable = _tf.get_local_variable
get_name_scope = _tf.get_name_scope
constant = _tf.constant
placeholder = _tf.placeholder
placeholder_with_default = _tf.placeholder_with_default
identity = _tf.identity
add = _tf.add
subtract = _tf.subtract
multiply = _tf.multiply
divide = _tf.divide
truediv = _tf.truediv
div = _tf.div
floordiv = _tf.floordiv
realdiv = _tf.realdiv
maximum = _tf.maximum
minimum = _tf.minimum
pow = _tf.pow
equal = _tf.equal
not_equal = _tf.not_equal
less = _tf.less
less_equal = _tf.less_equal
greater = _tf.greater
greater_equal = _tf.greater_equal
logical_and = _tf.logical_and
logical_or = _tf.logical_or
logical_not = _tf.logical_not
floormod = _tf.floormod
mod = _tf.floormod
negative = _tf.negative
square = _tf.square
sqrt = _tf.sqrt
exp = _tf.exp
log = _tf.log
log1p = _tf.log1p
squared_difference = _tf.squared_difference
div_no_nan = _tf.div_no_nan
stop_gradient = _tf.stop_gradient
tanh = _tf.tanh
sin = _tf.sin
cos = _tf.cos
tan = _tf.tan
sign = _tf.sign
floor = _tf.floor
ceil = _tf.ceil
rint = _tf.rint
round = _tf.round
rsqrt = _tf.rsqrt
reciprocal = _tf.reciprocal
diag = _tf.diag
cross = _tf.cross


def pad(tensor, paddings, mode="CONSTANT", name=None, constant_values=0):
    # array_ops.py 2835-2851: Pad when constant_values is not a tensor and equals 0, else PadV2.
    zero = not isinstance(constant_values, (Tensor, VariableV1)) and constant_values == 0
    return _tf.pad(tensor, paddings, mode, name, constant_values, zero)


sigmoid = _tf.sigmoid
abs = _tf.abs
cast = _tf.cast
matmul = _tf.matmul
add_n = _tf.add_n
gradients = _tf.gradients
from _tfproto import ConfigProto, GPUOptions, GraphOptions, OptimizerOptions, RunMetadata, RunOptions
argmax = _tf.argmax
argmin = _tf.argmin
reduce_sum = _tf.reduce_sum
reduce_mean = _tf.reduce_mean
reduce_max = _tf.reduce_max
reduce_min = _tf.reduce_min
reduce_prod = _tf.reduce_prod
reduce_all = _tf.reduce_all
reduce_any = _tf.reduce_any
reduce_logsumexp = _tf.reduce_logsumexp
zeros = _tf.zeros
ones = _tf.ones
zeros_like = _tf.zeros_like
ones_like = _tf.ones_like
fill = _tf.fill
reshape = _tf.reshape
tile = _tf.tile
# array_ops.py 43: `from gen_array_ops import reverse_v2 as reverse`.
reverse = _tf.reverse_v2
reverse_v2 = _tf.reverse_v2
concat = _tf.concat
stack = _tf.stack
transpose = _tf.transpose
expand_dims = _tf.expand_dims
squeeze = _tf.squeeze
shape = _tf.shape
size = _tf.size
rank = _tf.rank
range = _tf.range
gather = _tf.gather
random_normal = _tf.random_normal
random_uniform = _tf.random_uniform
truncated_normal = _tf.truncated_normal
set_random_seed = _tf.set_random_seed
assign = _tf.assign
assign_add = _tf.assign_add
assign_sub = _tf.assign_sub
no_op = _tf.no_op
group = _tf.group
global_variables_initializer = _tf.global_variables_initializer
initialize_all_variables = _tf.initialize_all_variables
local_variables_initializer = _tf.local_variables_initializer
variables_initializer = _tf.variables_initializer
initialize_variables = _tf.initialize_variables
is_variable_initialized = _tf.is_variable_initialized


def assert_variables_initialized(var_list=None):
    # variables.py 3288-3328: the Rank of every variable (colocated with it), stacked; reading an
    # uninitialized one fails when run. None without variables.
    if var_list is None:
        var_list = global_variables() + local_variables()
    if not var_list:
        var_list = []
        for op in get_default_graph().get_operations():
            if op.type in ["Variable", "VariableV2", "AutoReloadVariable"]:
                var_list.append(op.outputs[0])
    if not var_list:
        return None
    ranks = []
    for var in var_list:
        with colocate_with(var.op):
            ranks.append(_tf.rank_internal(var, None, False))
    if len(ranks) == 1:
        return ranks[0]
    return stack(ranks)
global_variables = _tf.global_variables
all_variables = _tf.all_variables
trainable_variables = _tf.trainable_variables
local_variables = _tf.local_variables
model_variables = _tf.model_variables
moving_average_variables = _tf.moving_average_variables
from _tfinit import (UniformUnitScaling as uniform_unit_scaling_initializer,  # noqa: E402
                     VarianceScaling as variance_scaling_initializer, Orthogonal as orthogonal_initializer)
from _tfmask import boolean_mask, report_uninitialized_variables, where  # noqa: E402
from _tfsplit import split, unstack  # noqa: E402
from _tftest_engine import convert_to_tensor  # noqa: E402
from _tflookup import initialize_all_tables, tables_initializer  # noqa: E402
from _tfsparse import (SparseTensor, SparseTensorValue, convert_to_tensor_or_sparse_tensor, gather_nd, one_hot,  # noqa: E402
                       sparse_tensor_to_dense)
from _tflinalg import (diag_part, eye, lin_space, linspace, matrix_diag, matrix_set_diag,  # noqa: E402
                       matrix_transpose, norm, qr, scatter_nd, sign, slice)
from _tfparsing import (FixedLenFeature, FixedLenSequenceFeature, SparseFeature, VarLenFeature,  # noqa: E402
                        parse_example, parse_single_example)

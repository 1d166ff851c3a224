# tf.layers' classes and functions (tensorflow/python/layers/base.py, core.py, convolutional.py over the
# Keras layers). The engine holds each layer; here are the Python signatures and keras conv_utils'
# argument checks with their messages, which name Python values (str(value), type(value)).
import _tf
from _tfcore import zeros_initializer

_KNOWN_KWARGS = ("dtype", "_scope", "_reuse", "name", "trainable")


class Layer(object):
    __module__ = "tensorflow.python.layers.base"
    _engine_layer = False  # True for the layers the engine models whole (Dense, the convolutions...)

    def __init__(self, trainable=True, name=None, dtype=None, **kwargs):
        # base.py Layer.__init__ over keras Layer.__init__ (its allowed keyword arguments).
        scope = kwargs.pop("_scope", None)
        reuse = kwargs.pop("_reuse", None)
        activity_regularizer = kwargs.pop("activity_regularizer", None)
        for key in kwargs:
            if key not in ("input_shape", "batch_input_shape", "batch_size", "weights", "autocast"):
                raise TypeError("Keyword argument not understood:", key)
        for key in kwargs:
            _tf.unsupported("tf.layers.Layer(%s=...)" % key)
        self.built = False
        self._layer = _tf.layer_generic(self, type(self).__name__, trainable, name, dtype, scope, reuse)
        _set_activity_regularizer(self, activity_regularizer)

    def build(self, input_shape):
        if self._engine_layer:
            _tf.layer_build(self._layer, input_shape)
        else:
            self.built = True

    def add_loss(self, losses, inputs=None):
        # keras add_loss tags each loss `_unconditional_loss = inputs is None`; base.py adds it to
        # REGULARIZATION_LOSSES.
        from _tfcore import Tensor, Variable
        for loss in losses if isinstance(losses, (list, tuple)) else [losses]:
            if callable(loss) and not isinstance(loss, (Tensor, Variable)):
                _tf.unsupported("tf.layers.Layer.add_loss of a callable")
            if loss is None:
                continue
            if not isinstance(loss, (Tensor, Variable)):
                from _tftest_engine import convert_to_tensor
                loss = convert_to_tensor(loss, dtype="float32")
            _tf.layer_add_loss(self._layer, loss, inputs is not None)

    def add_update(self, updates, inputs=None):
        # keras base_layer.py add_update in graph mode (`inputs` is deprecated and unused): an update is
        # unconditional unless it is reachable from the inputs of the call adding it; outside a call a
        # tf.layers layer has no inbound nodes, so nothing is reachable.
        from _tfcore import Operation, Tensor, Variable
        from _tftest_engine import convert_to_tensor
        relevant = [x for x in _flatten(self.__dict__.get("_call_inputs") or [])
                    if isinstance(x, (Operation, Tensor, Variable))]
        pairs = self.__dict__.setdefault("_update_pairs", [])
        for x in updates if isinstance(updates, list) else [updates]:  # generic_utils.to_list
            while callable(x) and not isinstance(x, (Operation, Tensor, Variable)):
                x = x()
            if isinstance(x, Operation):
                update = x
            elif hasattr(x, "op"):
                update = x.op
            else:
                update = convert_to_tensor(x)
            pairs.append((update, id(update) not in _reachable_from_inputs(relevant, [update])))

    @property
    def updates(self):
        # keras Layer.updates: none for a layer neither trainable nor stateful.
        if not self.trainable and not self.__dict__.get("stateful", False):
            return []
        return [update for update, _ in self.__dict__.get("_update_pairs", ())]

    def get_updates_for(self, inputs):
        updates = self.updates
        flags = dict((id(update), unconditional) for update, unconditional in self.__dict__.get("_update_pairs", ()))
        if inputs is None:
            return [u for u in updates if flags[id(u)]]
        conditional = [u for u in updates if not flags[id(u)]]
        reachable = _reachable_from_inputs(_flatten(inputs), conditional)
        return [u for u in conditional if id(u) in reachable]

    def get_losses_for(self, inputs):
        losses = self.losses
        flags = _tf.layer_unconditional_losses(self._layer)
        if inputs is None:
            return [loss for loss, unconditional in zip(losses, flags) if unconditional]
        conditional = [loss for loss, unconditional in zip(losses, flags) if not unconditional]
        reachable = _reachable_from_inputs(_flatten(inputs), conditional)
        return [loss for loss in conditional if id(loss) in reachable]

    def count_params(self):
        if not self.built:
            raise ValueError("You tried to call `count_params` on " + self.name + ", but the layer isn't built. "
                             "You can build it manually via: `" + self.name + ".build(batch_input_shape)`.")
        return _tf.layer_count_params(self._layer)

    def _assert_input_compatibility(self, inputs):
        spec = self.__dict__.get("input_spec")
        if spec:
            from tensorflow.python.keras.engine.input_spec import assert_input_compatibility
            assert_input_compatibility(spec, inputs, self.name)

    def call(self, inputs, **kwargs):
        return inputs

    def __call__(self, inputs, *args, **kwargs):
        if args or kwargs:
            _tf.unsupported("calling a tf.layers.Layer with arguments besides its inputs")
        # keras __call__'s call_context holds the inputs while build and call run (add_update reads them).
        outer = self.__dict__.get("_call_inputs")
        self.__dict__["_call_inputs"] = [inputs]
        try:
            if isinstance(inputs, (list, tuple, dict)) and not self._engine_layer:
                outputs = _call_nested(self, inputs)
            else:
                outputs = _tf.layer_apply(self._layer, inputs)
        finally:
            self.__dict__["_call_inputs"] = outer
        if "built" in self.__dict__:
            self.built = True  # keras _maybe_build
        _add_to_update_ops(self.updates)
        return outputs

    apply = __call__

    def add_weight(self, name, shape, dtype=None, initializer=None, regularizer=None, trainable=None,
                   constraint=None, partitioner=None, use_resource=None, synchronization=None, aggregation=None,
                   getter=None, **kwargs):
        from _tfcore import VariableSynchronization, VariableAggregation
        # base.py add_weight: ON_READ weights are non-trainable.
        if synchronization == VariableSynchronization.ON_READ:
            if trainable:
                raise ValueError("Synchronization value can be set to VariableSynchronization.ON_READ only for "
                                 "non-trainable variables. You have specified trainable=True and "
                                 "synchronization=VariableSynchronization.ON_READ.")
        for arg, value, defaults in (("partitioner", partitioner, (None,)), ("use_resource", use_resource, (None,)),
                                     ("synchronization", synchronization, (None, VariableSynchronization.AUTO)),
                                     ("aggregation", aggregation, (None, VariableAggregation.NONE)),
                                     ("getter", getter, (None,))):
            if not any(value is d for d in defaults):
                _tf.unsupported("tf.layers.Layer.add_weight(%s=...)" % arg)
        for key in kwargs:
            _tf.unsupported("tf.layers.Layer.add_weight(%s=...)" % key)
        return _tf.layer_add_weight(self._layer, name, shape, dtype, initializer, regularizer, trainable, constraint)

    add_variable = add_weight

    def __deepcopy__(self, memo):
        # base.py __deepcopy__: tensors (and lists of them) are shared, the rest deep-copied; the engine
        # layer stands for keras's own state (its `_scope` shallow-copied there).
        import copy
        cls = self.__class__
        result = cls.__new__(cls)
        memo[id(self)] = result
        engine_layer = _tf.layer_deepcopy(self._layer, result)  # refuses a layer with weights first
        for k, v in self.__dict__.items():
            if k == "_layer":
                v = engine_layer
            elif not _is_tensor_or_tensor_list(v):
                v = copy.deepcopy(v, memo)
            setattr(result, k, v)
        return result

    def __getattr__(self, name):
        if name == "_layer":
            raise AttributeError(name)
        try:
            return _tf.layer_attr(self._layer, name, type(self).__name__)
        except AttributeError:
            # A member TF 1.15's Layer has (tensorflow.layers.-layer.pbtxt) that tfscope does not model.
            if name in _LAYER_MEMBERS:
                _tf.unsupported("tf.layers.Layer.%s" % name)
            raise


def _is_tensor_or_tensor_list(v):
    # keras tf_utils.is_tensor_or_tensor_list: the first of nest.flatten(v) is a tensor.
    from _tfcore import Tensor
    flat = _flatten(v)
    return bool(flat) and isinstance(flat[0], Tensor)


def _call_nested(layer, inputs):
    # keras __call__ on a structure: the input_spec check, then build on the structure of shapes
    # (_maybe_build's nest.map_structure) and call on the structure itself.
    from _tfcore import Tensor
    flat = _flatten(inputs)
    if not all(isinstance(x, Tensor) for x in flat):
        _tf.unsupported("a tf.layers.Layer called on a %s of values other than tensors" % type(inputs).__name__)
    layer._assert_input_compatibility(inputs)
    shapes = _map_structure(lambda x: x.shape, inputs)
    return _tf.layer_apply_nested(layer._layer, flat[0] if flat else None, lambda: layer.build(shapes),
                                  lambda: layer.call(inputs), _flatten)


def _map_structure(fn, x):
    if isinstance(x, dict):
        return dict((key, _map_structure(fn, value)) for key, value in x.items())
    if isinstance(x, (list, tuple)):
        items = [_map_structure(fn, y) for y in x]
        return type(x)(*items) if hasattr(x, "_fields") else type(x)(items)  # a namedtuple takes fields
    return fn(x)


def _add_to_update_ops(updates):
    # base.py __call__: `_add_elements_to_collection(self.updates, ops.GraphKeys.UPDATE_OPS)`.
    present = set(id(x) for x in _tf.get_collection("update_ops"))
    for update in updates:
        if id(update) not in present:
            present.add(id(update))
            _tf.add_to_collection("update_ops", update)


def _flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in _flatten(item)]
    if isinstance(x, dict):
        return [y for key in sorted(x) for y in _flatten(x[key])]
    return [x]


def _reachable_from_inputs(inputs, targets):
    # keras tf_utils.get_reachable_from_inputs: the ops, tensors and variables downstream of `inputs`.
    from _tfcore import Operation, Tensor, Variable
    reachable = dict((id(x), x) for x in inputs)
    remaining = set(id(t) for t in targets)
    queue = list(inputs)
    while queue:
        x = queue.pop()
        if isinstance(x, Operation):
            outputs = list(x.outputs)
        elif isinstance(x, Variable):
            outputs = [x.op]
        elif isinstance(x, Tensor):
            outputs = x.consumers()
        else:
            raise TypeError("Expected Operation, Variable, or Tensor, got " + str(x))
        for y in outputs:
            if id(y) not in reachable:
                reachable[id(y)] = y
                remaining.discard(id(y))
                queue.insert(0, y)
        if targets and not remaining:
            break
    return reachable


_LAYER_MEMBERS = frozenset((
    "activity_regularizer dtype dynamic graph inbound_nodes input input_mask input_shape input_spec losses "
    "metrics name name_scope non_trainable_variables non_trainable_weights outbound_nodes output output_mask "
    "output_shape scope_name submodules trainable trainable_variables trainable_weights updates variables "
    "weights add_loss add_metric add_update add_variable add_weight apply build call compute_mask "
    "compute_output_shape compute_output_signature count_params from_config get_config get_input_at "
    "get_input_mask_at get_input_shape_at get_losses_for get_output_at get_output_mask_at get_output_shape_at "
    "get_updates_for get_weights set_weights with_name_scope").split())


def _check_kwargs(kwargs):
    for key in kwargs:
        if key not in _KNOWN_KWARGS:
            raise TypeError("Keyword argument not understood:", key)


def _set_activity_regularizer(layer, activity_regularizer):
    # keras Layer.__init__ keeps it as `_activity_regularizer`; __call__ applies it to each output.
    layer.activity_regularizer = activity_regularizer
    if activity_regularizer is not None:
        _tf.layer_activity_regularizer(layer._layer, activity_regularizer)


# ---- keras/utils/conv_utils.py

def normalize_tuple(value, n, name):
    if isinstance(value, int):
        return (value,) * n
    try:
        value_tuple = tuple(value)
    except TypeError:
        raise ValueError("The `" + name + "` argument must be a tuple of " + str(n) + " integers. Received: " +
                         str(value))
    if len(value_tuple) != n:
        raise ValueError("The `" + name + "` argument must be a tuple of " + str(n) + " integers. Received: " +
                         str(value))
    for single_value in value_tuple:
        try:
            int(single_value)
        except (ValueError, TypeError):
            raise ValueError("The `" + name + "` argument must be a tuple of " + str(n) + " integers. Received: " +
                             str(value) + " including element " + str(single_value) + " of type " +
                             str(type(single_value)))
    return value_tuple


def normalize_padding(value):
    if isinstance(value, (list, tuple)):
        return value
    padding = value.lower()
    if padding not in {"valid", "same", "causal"}:
        raise ValueError('The `padding` argument must be a list/tuple or one of "valid", "same" (or "causal", '
                         "only for `Conv1D). Received: " + str(padding))
    return padding


def normalize_data_format(value):
    if value is None:
        value = "channels_last"
    data_format = value.lower()
    if data_format not in {"channels_first", "channels_last"}:
        raise ValueError('The `data_format` argument must be one of "channels_first", "channels_last". '
                         "Received: " + str(value))
    return data_format


# ---- core

class Dense(Layer):
    __module__ = "tensorflow.python.layers.core"
    _engine_layer = True

    def __init__(self, units, activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        _check_kwargs(kwargs)
        self.units = int(units)
        self.activation = activation
        self.use_bias = use_bias
        self.kernel_initializer = kernel_initializer
        self.bias_initializer = bias_initializer
        self.kernel_constraint = kernel_constraint
        self.bias_constraint = bias_constraint
        self.kernel_regularizer = kernel_regularizer
        self.bias_regularizer = bias_regularizer
        self._layer = _tf.layer_dense(units, activation, use_bias, kernel_initializer, bias_initializer,
                                      kernel_regularizer, bias_regularizer, kernel_constraint, bias_constraint,
                                      trainable, name, kwargs.get("dtype"), kwargs.get("_scope"),
                                      kwargs.get("_reuse"))
        _set_activity_regularizer(self, activity_regularizer)


    def compute_output_shape(self, input_shape):
        from _tfcore import TensorShape
        input_shape = TensorShape(input_shape)
        if input_shape.ndims is None or input_shape.ndims < 2:
            raise ValueError("Shape %s must have rank at least %d" % (input_shape, 2))
        if input_shape[-1].value is None:
            raise ValueError("The innermost dimension of input_shape must be defined, but saw: %s" % input_shape)
        return input_shape[:-1].concatenate(self.units)


def dense(inputs, units, activation=None, use_bias=True, kernel_initializer=None,
          bias_initializer=zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
          activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True, name=None,
          reuse=None):
    layer = Dense(units, activation=activation, use_bias=use_bias, kernel_initializer=kernel_initializer,
                  bias_initializer=bias_initializer, kernel_regularizer=kernel_regularizer,
                  bias_regularizer=bias_regularizer, activity_regularizer=activity_regularizer,
                  kernel_constraint=kernel_constraint, bias_constraint=bias_constraint, trainable=trainable,
                  name=name, _scope=name, _reuse=reuse)
    return layer.apply(inputs)


class Flatten(Layer):
    __module__ = "tensorflow.python.layers.core"
    _engine_layer = True

    def __init__(self, data_format="channels_last", **kwargs):
        _check_kwargs(kwargs)
        self.data_format = normalize_data_format(data_format)
        self._layer = _tf.layer_flatten(self.data_format, kwargs.get("trainable", True), kwargs.get("name"),
                                        kwargs.get("dtype"), kwargs.get("_scope"), kwargs.get("_reuse"))

    def compute_output_shape(self, input_shape):
        from _tfcore import TensorShape
        return TensorShape(_tf.flatten_shape(TensorShape(input_shape)))


def flatten(inputs, name=None, data_format="channels_last"):
    layer = Flatten(name=name, data_format=data_format)
    return layer.apply(inputs)


class _Pooling2D(Layer):
    # tensorflow/python/layers/pooling.py over keras Pooling2D.__init__: strides None is refused first.
    _engine_layer = True
    _kind = None

    def __init__(self, pool_size, strides, padding="valid", data_format="channels_last", name=None, **kwargs):
        if strides is None:
            raise ValueError("Argument `strides` must not be None.")
        _check_kwargs(kwargs)
        if data_format is None:
            data_format = "channels_last"
        self.pool_size = normalize_tuple(pool_size, 2, "pool_size")
        self.strides = normalize_tuple(strides, 2, "strides")
        self.padding = normalize_padding(padding)
        self.data_format = normalize_data_format(data_format)
        self._layer = _tf.layer_pooling2d(self._kind, list(self.pool_size), list(self.strides), self.padding, self.data_format,
                                          kwargs.get("trainable", True), name, kwargs.get("dtype"),
                                          kwargs.get("_scope"), kwargs.get("_reuse"))


class MaxPooling2D(_Pooling2D):
    __module__ = "tensorflow.python.layers.pooling"
    _kind = "max"


class AveragePooling2D(_Pooling2D):
    __module__ = "tensorflow.python.layers.pooling"
    _kind = "average"



def max_pooling2d(inputs, pool_size, strides, padding="valid", data_format="channels_last", name=None):
    layer = MaxPooling2D(pool_size=pool_size, strides=strides, padding=padding, data_format=data_format, name=name)
    return layer.apply(inputs)


def average_pooling2d(inputs, pool_size, strides, padding="valid", data_format="channels_last", name=None):
    layer = AveragePooling2D(pool_size=pool_size, strides=strides, padding=padding, data_format=data_format, name=name)
    return layer.apply(inputs)


class Dropout(Layer):
    __module__ = "tensorflow.python.layers.core"
    _engine_layer = True

    def __init__(self, rate=0.5, noise_shape=None, seed=None, name=None, **kwargs):
        _check_kwargs(kwargs)
        self.rate = rate
        self.noise_shape = noise_shape
        self.seed = seed
        self._layer = _tf.layer_dropout(kwargs.get("trainable", True), name, kwargs.get("dtype"),
                                        kwargs.get("_scope"), kwargs.get("_reuse"), rate, noise_shape, seed)

    def __call__(self, inputs, training=False):
        return _tf.layer_apply(self._layer, inputs, _smart_cond_pred(training))

    apply = __call__


def _smart_cond_pred(pred):
    # keras Dropout.call: `smart_cond(training, dropped_inputs, identity)`; smart.smart_constant_value
    # decides a Python or constant predicate, anything else would build control_flow_ops.cond.
    from _tfcore import Tensor
    if pred is None:
        _tf.unsupported("tf.layers.Dropout with training=None (keras's learning phase and control_flow_ops.cond)")
    if not isinstance(pred, Tensor) and pred in {0, 1}:
        return bool(pred)
    if isinstance(pred, bool):
        return pred
    if isinstance(pred, Tensor):
        return pred  # the engine folds a constant one, as tensor_util.constant_value does
    raise TypeError("`pred` must be a Tensor, or a Python bool, or 1 or 0. Found instead: %s" % pred)


def dropout(inputs, rate=0.5, noise_shape=None, seed=None, training=False, name=None):
    layer = Dropout(rate, noise_shape=noise_shape, seed=seed, name=name)
    return layer.apply(inputs, training=training)


# ---- convolutional

def _conv_arguments(layer, rank, filters, kernel_size, strides, padding, data_format, dilation_rate, activation,
                    use_bias, bias_initializer, bias_regularizer, bias_constraint):
    # keras Conv.__init__: its attributes and conv_utils' checks, in its order.
    layer.rank = rank
    layer.filters = filters
    layer.kernel_size = normalize_tuple(kernel_size, rank, "kernel_size")
    layer.strides = normalize_tuple(strides, rank, "strides")
    layer.padding = normalize_padding(padding)
    if layer.padding == "causal" and rank != 1:
        raise ValueError("Causal padding is only supported for `Conv1D`and ``SeparableConv1D`.")
    if layer.padding == "causal" or isinstance(layer.padding, (list, tuple)):
        _tf.unsupported("tf.layers convolutions with padding=%r" % (layer.padding,))
    layer.data_format = normalize_data_format(data_format)
    layer.dilation_rate = normalize_tuple(dilation_rate, rank, "dilation_rate")
    layer.activation = activation
    layer.use_bias = use_bias
    layer.bias_initializer = bias_initializer
    layer.bias_regularizer = bias_regularizer
    layer.bias_constraint = bias_constraint


class _Conv(Layer):
    __module__ = "tensorflow.python.layers.convolutional"
    _engine_layer = True

    def __init__(self, rank, filters, kernel_size, strides=1, padding="valid", data_format="channels_last",
                 dilation_rate=1, activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        _check_kwargs(dict((k, v) for k, v in kwargs.items() if k != "_transpose"))
        _conv_arguments(self, rank, filters, kernel_size, strides, padding, data_format, dilation_rate, activation,
                        use_bias, bias_initializer, bias_regularizer, bias_constraint)
        self.kernel_initializer = kernel_initializer
        self.kernel_regularizer = kernel_regularizer
        self.kernel_constraint = kernel_constraint
        native = _tf.layer_conv_transpose if kwargs.pop("_transpose", False) else _tf.layer_conv
        self._layer = native(rank, filters, [int(x) for x in self.kernel_size],
                                     [int(x) for x in self.strides], self.padding, self.data_format,
                                     [int(x) for x in self.dilation_rate], activation, use_bias,
                                     kernel_initializer, bias_initializer, kernel_regularizer, bias_regularizer,
                                     kernel_constraint, bias_constraint, trainable, name, kwargs.get("dtype"),
                                     kwargs.get("_scope"), kwargs.get("_reuse"))
        _set_activity_regularizer(self, activity_regularizer)


def _conv_class(rank, class_name):
    def __init__(self, filters, kernel_size, strides=1, padding="valid", data_format="channels_last",
                 dilation_rate=1, activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        _Conv.__init__(self, rank, filters, kernel_size, strides, padding, data_format, dilation_rate,
                       activation, use_bias, kernel_initializer, bias_initializer, kernel_regularizer,
                       bias_regularizer, activity_regularizer, kernel_constraint, bias_constraint, trainable,
                       name, **kwargs)
    return type(class_name, (_Conv,), {"__init__": __init__, "__module__": "tensorflow.python.layers.convolutional"})


Conv1D = _conv_class(1, "Conv1D")
Conv2D = _conv_class(2, "Conv2D")
Conv3D = _conv_class(3, "Conv3D")


def _conv_function(cls):
    def conv(inputs, filters, kernel_size, strides=1, padding="valid", data_format="channels_last",
             dilation_rate=1, activation=None, use_bias=True, kernel_initializer=None,
             bias_initializer=zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
             activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True, name=None,
             reuse=None):
        layer = cls(filters=filters, kernel_size=kernel_size, strides=strides, padding=padding,
                    data_format=data_format, dilation_rate=dilation_rate, activation=activation,
                    use_bias=use_bias, kernel_initializer=kernel_initializer, bias_initializer=bias_initializer,
                    kernel_regularizer=kernel_regularizer, bias_regularizer=bias_regularizer,
                    activity_regularizer=activity_regularizer, kernel_constraint=kernel_constraint,
                    bias_constraint=bias_constraint, trainable=trainable, name=name, _reuse=reuse, _scope=name)
        return layer.apply(inputs)
    conv.__name__ = cls.__name__.lower()
    return conv


conv1d = _conv_function(Conv1D)
conv2d = _conv_function(Conv2D)
conv3d = _conv_function(Conv3D)


def _transpose_class(rank, class_name):
    default_strides = (1,) * rank

    def __init__(self, filters, kernel_size, strides=default_strides, padding="valid",
                 data_format="channels_last", activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        _check_kwargs(kwargs)
        self.output_padding = None
        _Conv.__init__(self, rank, filters, kernel_size, strides, padding, data_format, 1, activation, use_bias,
                       kernel_initializer, bias_initializer, kernel_regularizer, bias_regularizer,
                       activity_regularizer, kernel_constraint, bias_constraint, trainable, name,
                       _transpose=True, **kwargs)
    return type(class_name, (_Conv,), {"__init__": __init__, "__module__": "tensorflow.python.layers.convolutional"})


Conv2DTranspose = _transpose_class(2, "Conv2DTranspose")
Conv3DTranspose = _transpose_class(3, "Conv3DTranspose")


def _transpose_function(cls):
    default_strides = (1,) * (3 if cls is Conv3DTranspose else 2)

    def conv_transpose(inputs, filters, kernel_size, strides=default_strides, padding="valid",
                       data_format="channels_last", activation=None, use_bias=True, kernel_initializer=None,
                       bias_initializer=zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
                       activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
                       name=None, reuse=None):
        layer = cls(filters=filters, kernel_size=kernel_size, strides=strides, padding=padding,
                    data_format=data_format, activation=activation, use_bias=use_bias,
                    kernel_initializer=kernel_initializer, bias_initializer=bias_initializer,
                    kernel_regularizer=kernel_regularizer, bias_regularizer=bias_regularizer,
                    activity_regularizer=activity_regularizer, kernel_constraint=kernel_constraint,
                    bias_constraint=bias_constraint, trainable=trainable, name=name, _reuse=reuse, _scope=name)
        return layer.apply(inputs)
    conv_transpose.__name__ = cls.__name__[:6].lower() + "_transpose"
    return conv_transpose


conv2d_transpose = _transpose_function(Conv2DTranspose)
conv3d_transpose = _transpose_function(Conv3DTranspose)


# ---- separable convolutions (keras SeparableConv: depthwise, then pointwise)

class _SeparableConv(Layer):
    __module__ = "tensorflow.python.layers.convolutional"
    _engine_layer = True

    def __init__(self, rank, filters, kernel_size, strides=1, padding="valid", data_format="channels_last",
                 dilation_rate=1, depth_multiplier=1, activation=None, use_bias=True, depthwise_initializer=None,
                 pointwise_initializer=None, bias_initializer=zeros_initializer(), depthwise_regularizer=None,
                 pointwise_regularizer=None, bias_regularizer=None, activity_regularizer=None,
                 depthwise_constraint=None, pointwise_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        _check_kwargs(kwargs)
        _conv_arguments(self, rank, filters, kernel_size, strides, padding, data_format, dilation_rate, activation,
                        use_bias, bias_initializer, bias_regularizer, bias_constraint)
        self.depth_multiplier = depth_multiplier
        self.depthwise_initializer = depthwise_initializer
        self.pointwise_initializer = pointwise_initializer
        self.depthwise_regularizer = depthwise_regularizer
        self.pointwise_regularizer = pointwise_regularizer
        self.depthwise_constraint = depthwise_constraint
        self.pointwise_constraint = pointwise_constraint
        self._layer = _tf.layer_separable_conv(
            rank, filters, [int(x) for x in self.kernel_size], [int(x) for x in self.strides], self.padding,
            self.data_format, [int(x) for x in self.dilation_rate], int(depth_multiplier), activation, use_bias,
            depthwise_initializer, pointwise_initializer, bias_initializer, depthwise_regularizer,
            pointwise_regularizer, bias_regularizer, depthwise_constraint, pointwise_constraint, bias_constraint,
            trainable, name, kwargs.get("dtype"), kwargs.get("_scope"), kwargs.get("_reuse"))
        _set_activity_regularizer(self, activity_regularizer)


def _separable_class(rank, class_name):
    unit = 1 if rank == 1 else (1, 1)

    def __init__(self, filters, kernel_size, strides=unit, padding="valid", data_format="channels_last",
                 dilation_rate=unit, depth_multiplier=1, activation=None, use_bias=True, depthwise_initializer=None,
                 pointwise_initializer=None, bias_initializer=zeros_initializer(), depthwise_regularizer=None,
                 pointwise_regularizer=None, bias_regularizer=None, activity_regularizer=None,
                 depthwise_constraint=None, pointwise_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        _SeparableConv.__init__(self, rank, filters, kernel_size, strides, padding, data_format, dilation_rate,
                                depth_multiplier, activation, use_bias, depthwise_initializer,
                                pointwise_initializer, bias_initializer, depthwise_regularizer,
                                pointwise_regularizer, bias_regularizer, activity_regularizer,
                                depthwise_constraint, pointwise_constraint, bias_constraint, trainable, name,
                                **kwargs)
    return type(class_name, (_SeparableConv,),
                {"__init__": __init__, "__module__": "tensorflow.python.layers.convolutional"})


SeparableConv1D = _separable_class(1, "SeparableConv1D")
SeparableConv2D = _separable_class(2, "SeparableConv2D")


def _separable_function(cls, rank):
    unit = 1 if rank == 1 else (1, 1)

    def separable_conv(inputs, filters, kernel_size, strides=unit, padding="valid", data_format="channels_last",
                       dilation_rate=unit, depth_multiplier=1, activation=None, use_bias=True,
                       depthwise_initializer=None, pointwise_initializer=None, bias_initializer=zeros_initializer(),
                       depthwise_regularizer=None, pointwise_regularizer=None, bias_regularizer=None,
                       activity_regularizer=None, depthwise_constraint=None, pointwise_constraint=None,
                       bias_constraint=None, trainable=True, name=None, reuse=None):
        layer = cls(filters=filters, kernel_size=kernel_size, strides=strides, padding=padding,
                    data_format=data_format, dilation_rate=dilation_rate, depth_multiplier=depth_multiplier,
                    activation=activation, use_bias=use_bias, depthwise_initializer=depthwise_initializer,
                    pointwise_initializer=pointwise_initializer, bias_initializer=bias_initializer,
                    depthwise_regularizer=depthwise_regularizer, pointwise_regularizer=pointwise_regularizer,
                    bias_regularizer=bias_regularizer, activity_regularizer=activity_regularizer,
                    depthwise_constraint=depthwise_constraint, pointwise_constraint=pointwise_constraint,
                    bias_constraint=bias_constraint, trainable=trainable, name=name, _reuse=reuse, _scope=name)
        return layer.apply(inputs)
    separable_conv.__name__ = "separable_conv%dd" % rank
    return separable_conv


separable_conv1d = _separable_function(SeparableConv1D, 1)
separable_conv2d = _separable_function(SeparableConv2D, 2)

# The TF 1.15 RNN cells (tensorflow/python/ops/rnn_cell_impl.py, rnn_cell_wrapper_impl.py): RNNCell over
# the legacy tf.layers Layer (the engine names, scopes and builds it as any layer: `rnn/basic_lstm_cell/
# kernel`, reuse once built), LayerRNNCell's bypass of RNNCell's variable capture, zero_state's
# `<Class>ZeroState` scope, and the cells' ops in the order their `call` makes them. The @deprecated
# warnings of the constructors are not printed (as for tf.layers' functions).
import collections

import _tf
from _tflayers import Layer, _flatten
from _tfcore import Tensor, TensorShape, name_scope, variable_scope, zeros_initializer, constant_initializer

_BIAS_VARIABLE_NAME = "bias"
_WEIGHTS_VARIABLE_NAME = "kernel"


def _tfpub():
    import tensorflow
    return tensorflow


def _hasattr(obj, attr_name):
    try:
        getattr(obj, attr_name)
    except AttributeError:
        return False
    return True


def assert_like_rnncell(cell_name, cell):
    # rnn_cell_impl.py 64-97.
    conditions = [_hasattr(cell, "output_size"), _hasattr(cell, "state_size"),
                  _hasattr(cell, "get_initial_state") or _hasattr(cell, "zero_state"), callable(cell)]
    errors = ["'output_size' property is missing", "'state_size' property is missing",
              "either 'zero_state' or 'get_initial_state' method is required", "is not callable"]
    if not all(conditions):
        errors = [error for error, cond in zip(errors, conditions) if not cond]
        raise TypeError("The argument {!r} ({}) is not an RNNCell: {}.".format(cell_name, cell, ", ".join(errors)))


def _is_sequence(x):
    return isinstance(x, (list, tuple, dict))


def _map_structure(fn, x):
    if isinstance(x, (list, tuple)):
        items = [_map_structure(fn, y) for y in x]
        return type(x)(*items) if hasattr(x, "_fields") else type(x)(items)
    if isinstance(x, dict):
        return dict((k, _map_structure(fn, v)) for k, v in x.items())
    return fn(x)


def _concat(prefix, suffix, static=False):
    # rnn_cell_impl.py 100-163.
    tf = _tfpub()
    from _tfshape import as_shape
    if isinstance(prefix, Tensor):
        p = prefix
        p_static = _tf_constant_scalar(prefix)
        if p.shape.ndims == 0:
            p = tf.expand_dims(p, 0)
        elif p.shape.ndims != 1:
            raise ValueError("prefix tensor must be either a scalar or vector, but saw tensor: %s" % p)
    else:
        p = as_shape(prefix)
        p_static = p.as_list() if p.ndims is not None else None
        p = tf.constant(p.as_list(), dtype=tf.int32) if p.is_fully_defined() else None
    if isinstance(suffix, Tensor):
        _tf.unsupported("an RNN cell state size given as a Tensor")
    s = as_shape(suffix)
    s_static = s.as_list() if s.ndims is not None else None
    s = tf.constant(s.as_list(), dtype=tf.int32) if s.is_fully_defined() else None
    if static:
        shape = as_shape(p_static).concatenate(s_static)
        return shape.as_list() if shape.ndims is not None else None
    if p is None or s is None:
        raise ValueError("Provided a prefix or suffix of None: %s and %s" % (prefix, suffix))
    return tf.concat((p, s), 0)


def _tf_constant_scalar(t):
    # tensor_util.constant_value of a batch-size tensor: only its static shape part matters here
    # (`_concat(..., static=True)` makes it the first dimension); a non-constant tensor gives None.
    if t.op.type == "Const":
        _tf.unsupported("a constant Tensor as an RNN cell's batch_size")
    return None


def _zero_state_tensors(state_size, batch_size, dtype):
    tf = _tfpub()

    def get_state_shape(s):
        c = _concat(batch_size, s)
        size = tf.zeros(c, dtype=dtype)
        c_static = _concat(batch_size, s, static=True)
        size.set_shape(c_static)
        return size

    return _map_structure(get_state_shape, state_size)


def _check_supported_dtypes(dtype):
    if dtype is None:
        return
    from _tfdtypes import as_dtype
    dtype = as_dtype(dtype)
    if not (dtype.is_floating or dtype.is_complex):
        raise ValueError("RNN cell only supports floating point inputs, but saw dtype: %s" % dtype)


def _check_rnn_cell_input_dtypes(inputs):
    for t in _flatten(inputs):
        _check_supported_dtypes(t.dtype)


def _activation(activation):
    # keras activations.get: a callable as given; the names tfscope maps to their ops.
    tf = _tfpub()
    if not activation:
        return tf.tanh
    if callable(activation):
        return activation
    names = {"tanh": tf.tanh, "sigmoid": tf.sigmoid, "relu": tf.nn.relu}
    if isinstance(activation, str) and activation in names:
        return names[activation]
    _tf.unsupported("an RNN cell activation given as %r" % (activation,))


def _initializer(init):
    # keras initializers.get: None or an initializer object.
    if init is None or callable(init):
        return init
    _tf.unsupported("an RNN cell initializer given as %r" % (init,))


class RNNCell(Layer):
    __module__ = "tensorflow.python.ops.rnn_cell_impl"

    def __init__(self, trainable=True, name=None, dtype=None, **kwargs):
        super(RNNCell, self).__init__(trainable=trainable, name=name, dtype=dtype, **kwargs)
        self._is_tf_rnn_cell = True

    def __call__(self, inputs, state, scope=None):
        # rnn_cell_impl.py 219-247: the cell runs in the variable scope current at its first call (a
        # VariableScope object re-entered, which opens a name scope of its last name component).
        if scope is not None:
            _tf.unsupported("calling an RNN cell with scope=")
        stored = self.__dict__.get("rnncell_scope")
        if stored is None:
            stored = _tfpub().get_variable_scope()
            self.__dict__["rnncell_scope"] = stored
        with variable_scope(stored):
            return _layer_call(self, inputs, state)

    @property
    def state_size(self):
        raise NotImplementedError("Abstract method")

    @property
    def output_size(self):
        raise NotImplementedError("Abstract method")

    def build(self, _):
        self.built = True

    def get_initial_state(self, inputs=None, batch_size=None, dtype=None):
        tf = _tfpub()
        if inputs is not None:
            inputs = tf.convert_to_tensor(inputs, name="inputs")
            if batch_size is not None:
                if isinstance(batch_size, Tensor):
                    _tf.unsupported("RNNCell.get_initial_state with both inputs and a Tensor batch_size")
                if inputs.shape.dims[0].value != batch_size:
                    raise ValueError("batch size from input tensor is different from the input param. Input tensor "
                                     "batch: {}, batch_size: {}".format(inputs.shape.dims[0].value, batch_size))
            if dtype is not None and inputs.dtype != dtype:
                raise ValueError("dtype from input tensor is different from the input param. Input tensor dtype: {}, "
                                 "dtype: {}".format(inputs.dtype, dtype))
            batch_size = inputs.shape.dims[0].value or tf.shape(inputs)[0]
            dtype = inputs.dtype
        if batch_size is None or dtype is None:
            raise ValueError("batch_size and dtype cannot be None while constructing initial state: "
                             "batch_size={}, dtype={}".format(batch_size, dtype))
        return self.zero_state(batch_size, dtype)

    def zero_state(self, batch_size, dtype):
        with name_scope(type(self).__name__ + "ZeroState", values=[batch_size]):
            return _zero_state_tensors(self.state_size, batch_size, dtype)

    @property
    def weights(self):
        return self.trainable_weights + self.non_trainable_weights

    variables = weights
    trainable_variables = property(lambda self: self.trainable_weights)


def _layer_call(cell, inputs, state):
    # base.py Layer.__call__ (the cell's variable scope, reused once built) over keras __call__ with
    # `(inputs, state)`: the input spec and the build see `inputs` alone; `call` gets both.
    tf = _tfpub()
    if not isinstance(inputs, Tensor):
        if isinstance(inputs, (list, tuple, dict)):
            _tf.unsupported("an RNN cell called on a %s of inputs" % type(inputs).__name__)
        inputs = tf.convert_to_tensor(inputs)
    cell._assert_input_compatibility(inputs)

    def build():
        shape = inputs.shape
        cell.build(tuple(shape.as_list()) if shape.ndims is not None else None)

    return _tf.layer_apply_nested(cell._layer, inputs, build, lambda: cell.call(inputs, state), _flatten)


class LayerRNNCell(RNNCell):
    __module__ = "tensorflow.python.ops.rnn_cell_impl"

    def __call__(self, inputs, state, scope=None, *args, **kwargs):
        # Bypasses RNNCell's variable capture: base_layer.Layer.__call__.
        if scope is not None or args or kwargs:
            _tf.unsupported("calling an RNN cell with scope= or extra arguments")
        return _layer_call(self, inputs, state)


def _check_built_shape(inputs_shape):
    if inputs_shape is None:
        _tf.unsupported("building an RNN cell on inputs of unknown rank")
    if inputs_shape[-1] is None:
        raise ValueError("Expected inputs.shape[-1] to be known, saw shape: %s" % str(inputs_shape))


def _input_spec_2d():
    from tensorflow.python.keras.engine.input_spec import InputSpec
    return InputSpec(ndim=2)


class BasicRNNCell(LayerRNNCell):
    __module__ = "tensorflow.python.ops.rnn_cell_impl"

    def __init__(self, num_units, activation=None, reuse=None, name=None, dtype=None, **kwargs):
        super(BasicRNNCell, self).__init__(_reuse=reuse, name=name, dtype=dtype, **kwargs)
        _check_supported_dtypes(self.dtype)
        self.input_spec = _input_spec_2d()
        self._num_units = num_units
        self._activation = _activation(activation)

    @property
    def state_size(self):
        return self._num_units

    @property
    def output_size(self):
        return self._num_units

    def build(self, inputs_shape):
        _check_built_shape(inputs_shape)
        _check_supported_dtypes(self.dtype)
        input_depth = inputs_shape[-1]
        self._kernel = self.add_variable(_WEIGHTS_VARIABLE_NAME, shape=[input_depth + self._num_units, self._num_units])
        self._bias = self.add_variable(_BIAS_VARIABLE_NAME, shape=[self._num_units], initializer=zeros_initializer())
        self.built = True

    def call(self, inputs, state):
        tf = _tfpub()
        _check_rnn_cell_input_dtypes([inputs, state])
        gate_inputs = tf.matmul(tf.concat([inputs, state], 1), self._kernel)
        gate_inputs = tf.nn.bias_add(gate_inputs, self._bias)
        output = self._activation(gate_inputs)
        return output, output


class GRUCell(LayerRNNCell):
    __module__ = "tensorflow.python.ops.rnn_cell_impl"

    def __init__(self, num_units, activation=None, reuse=None, kernel_initializer=None, bias_initializer=None,
                 name=None, dtype=None, **kwargs):
        super(GRUCell, self).__init__(_reuse=reuse, name=name, dtype=dtype, **kwargs)
        _check_supported_dtypes(self.dtype)
        self.input_spec = _input_spec_2d()
        self._num_units = num_units
        self._activation = _activation(activation)
        self._kernel_initializer = _initializer(kernel_initializer)
        self._bias_initializer = _initializer(bias_initializer)

    @property
    def state_size(self):
        return self._num_units

    @property
    def output_size(self):
        return self._num_units

    def build(self, inputs_shape):
        _check_built_shape(inputs_shape)
        _check_supported_dtypes(self.dtype)
        input_depth = inputs_shape[-1]
        n = self._num_units
        self._gate_kernel = self.add_variable("gates/%s" % _WEIGHTS_VARIABLE_NAME, shape=[input_depth + n, 2 * n],
                                              initializer=self._kernel_initializer)
        self._gate_bias = self.add_variable(
            "gates/%s" % _BIAS_VARIABLE_NAME, shape=[2 * n],
            initializer=(self._bias_initializer if self._bias_initializer is not None else constant_initializer(1.0)))
        self._candidate_kernel = self.add_variable("candidate/%s" % _WEIGHTS_VARIABLE_NAME, shape=[input_depth + n, n],
                                                   initializer=self._kernel_initializer)
        self._candidate_bias = self.add_variable(
            "candidate/%s" % _BIAS_VARIABLE_NAME, shape=[n],
            initializer=(self._bias_initializer if self._bias_initializer is not None else zeros_initializer()))
        self.built = True

    def call(self, inputs, state):
        tf = _tfpub()
        _check_rnn_cell_input_dtypes([inputs, state])
        gate_inputs = tf.matmul(tf.concat([inputs, state], 1), self._gate_kernel)
        gate_inputs = tf.nn.bias_add(gate_inputs, self._gate_bias)
        value = tf.sigmoid(gate_inputs)
        r, u = tf.split(value=value, num_or_size_splits=2, axis=1)
        r_state = r * state
        candidate = tf.matmul(tf.concat([inputs, r_state], 1), self._candidate_kernel)
        candidate = tf.nn.bias_add(candidate, self._candidate_bias)
        c = self._activation(candidate)
        new_h = u * state + (1 - u) * c
        return new_h, new_h


_LSTMStateTuple = collections.namedtuple("LSTMStateTuple", ("c", "h"))


class LSTMStateTuple(_LSTMStateTuple):
    __module__ = "tensorflow.python.ops.rnn_cell_impl"
    __slots__ = ()

    @property
    def dtype(self):
        (c, h) = self
        if c.dtype != h.dtype:
            raise TypeError("Inconsistent internal state: %s vs %s" % (str(c.dtype), str(h.dtype)))
        return c.dtype


class BasicLSTMCell(LayerRNNCell):
    __module__ = "tensorflow.python.ops.rnn_cell_impl"

    def __init__(self, num_units, forget_bias=1.0, state_is_tuple=True, activation=None, reuse=None, name=None,
                 dtype=None, **kwargs):
        super(BasicLSTMCell, self).__init__(_reuse=reuse, name=name, dtype=dtype, **kwargs)
        _check_supported_dtypes(self.dtype)
        if not state_is_tuple:
            _tf.unsupported("tf.nn.rnn_cell.BasicLSTMCell(state_is_tuple=False) (TF logs a warning)")
        self.input_spec = _input_spec_2d()
        self._num_units = num_units
        self._forget_bias = forget_bias
        self._state_is_tuple = state_is_tuple
        self._activation = _activation(activation)

    @property
    def state_size(self):
        return LSTMStateTuple(self._num_units, self._num_units)

    @property
    def output_size(self):
        return self._num_units

    def build(self, inputs_shape):
        _check_built_shape(inputs_shape)
        _check_supported_dtypes(self.dtype)
        input_depth = inputs_shape[-1]
        h_depth = self._num_units
        self._kernel = self.add_variable(_WEIGHTS_VARIABLE_NAME, shape=[input_depth + h_depth, 4 * self._num_units])
        self._bias = self.add_variable(_BIAS_VARIABLE_NAME, shape=[4 * self._num_units], initializer=zeros_initializer())
        self.built = True

    def call(self, inputs, state):
        tf = _tfpub()
        _check_rnn_cell_input_dtypes([inputs, state])
        sigmoid = tf.sigmoid
        one = tf.constant(1, dtype=tf.int32)
        c, h = state
        gate_inputs = tf.matmul(tf.concat([inputs, h], 1), self._kernel)
        gate_inputs = tf.nn.bias_add(gate_inputs, self._bias)
        i, j, f, o = tf.split(value=gate_inputs, num_or_size_splits=4, axis=one)
        forget_bias_tensor = tf.constant(self._forget_bias, dtype=f.dtype)
        add = tf.add
        multiply = tf.multiply
        new_c = add(multiply(c, sigmoid(add(f, forget_bias_tensor))), multiply(sigmoid(i), self._activation(j)))
        new_h = multiply(self._activation(new_c), sigmoid(o))
        return new_h, LSTMStateTuple(new_c, new_h)


class LSTMCell(LayerRNNCell):
    __module__ = "tensorflow.python.ops.rnn_cell_impl"

    def __init__(self, num_units, use_peepholes=False, cell_clip=None, initializer=None, num_proj=None,
                 proj_clip=None, num_unit_shards=None, num_proj_shards=None, forget_bias=1.0, state_is_tuple=True,
                 activation=None, reuse=None, name=None, dtype=None, **kwargs):
        super(LSTMCell, self).__init__(_reuse=reuse, name=name, dtype=dtype, **kwargs)
        _check_supported_dtypes(self.dtype)
        if not state_is_tuple:
            _tf.unsupported("tf.nn.rnn_cell.LSTMCell(state_is_tuple=False) (TF logs a warning)")
        if num_unit_shards is not None or num_proj_shards is not None:
            _tf.unsupported("tf.nn.rnn_cell.LSTMCell(num_unit_shards=..., num_proj_shards=...)")
        if cell_clip is not None:
            _tf.unsupported("tf.nn.rnn_cell.LSTMCell(cell_clip=...)")
        if proj_clip is not None:
            _tf.unsupported("tf.nn.rnn_cell.LSTMCell(proj_clip=...)")
        self.input_spec = _input_spec_2d()
        self._num_units = num_units
        self._use_peepholes = use_peepholes
        self._initializer = _initializer(initializer)
        self._num_proj = num_proj
        self._forget_bias = forget_bias
        self._state_is_tuple = state_is_tuple
        self._activation = _activation(activation)
        if num_proj:
            self._state_size = LSTMStateTuple(num_units, num_proj)
            self._output_size = num_proj
        else:
            self._state_size = LSTMStateTuple(num_units, num_units)
            self._output_size = num_units

    @property
    def state_size(self):
        return self._state_size

    @property
    def output_size(self):
        return self._output_size

    def build(self, inputs_shape):
        _check_built_shape(inputs_shape)
        _check_supported_dtypes(self.dtype)
        input_depth = inputs_shape[-1]
        h_depth = self._num_units if self._num_proj is None else self._num_proj
        self._kernel = self.add_variable(_WEIGHTS_VARIABLE_NAME, shape=[input_depth + h_depth, 4 * self._num_units],
                                         initializer=self._initializer)
        self._bias = self.add_variable(_BIAS_VARIABLE_NAME, shape=[4 * self._num_units], initializer=zeros_initializer())
        if self._use_peepholes:
            self._w_f_diag = self.add_variable("w_f_diag", shape=[self._num_units], initializer=self._initializer)
            self._w_i_diag = self.add_variable("w_i_diag", shape=[self._num_units], initializer=self._initializer)
            self._w_o_diag = self.add_variable("w_o_diag", shape=[self._num_units], initializer=self._initializer)
        if self._num_proj is not None:
            self._proj_kernel = self.add_variable("projection/%s" % _WEIGHTS_VARIABLE_NAME,
                                                  shape=[self._num_units, self._num_proj], initializer=self._initializer)
        self.built = True

    def call(self, inputs, state):
        tf = _tfpub()
        _check_rnn_cell_input_dtypes([inputs, state])
        sigmoid = tf.sigmoid
        (c_prev, m_prev) = state
        input_size = inputs.get_shape().with_rank(2).dims[1].value
        if input_size is None:
            raise ValueError("Could not infer input size from inputs.get_shape()[-1]")
        lstm_matrix = tf.matmul(tf.concat([inputs, m_prev], 1), self._kernel)
        lstm_matrix = tf.nn.bias_add(lstm_matrix, self._bias)
        i, j, f, o = tf.split(value=lstm_matrix, num_or_size_splits=4, axis=1)
        if self._use_peepholes:
            c = (sigmoid(f + self._forget_bias + self._w_f_diag * c_prev) * c_prev +
                 sigmoid(i + self._w_i_diag * c_prev) * self._activation(j))
        else:
            c = sigmoid(f + self._forget_bias) * c_prev + sigmoid(i) * self._activation(j)
        if self._use_peepholes:
            m = sigmoid(o + self._w_o_diag * c) * self._activation(c)
        else:
            m = sigmoid(o) * self._activation(c)
        if self._num_proj is not None:
            m = tf.matmul(m, self._proj_kernel)
        return m, LSTMStateTuple(c, m)


class _RNNCellWrapperV1(RNNCell):
    __module__ = "tensorflow.python.ops.rnn_cell_impl"

    def __init__(self, cell, *args, **kwargs):
        super(_RNNCellWrapperV1, self).__init__(*args, **kwargs)
        assert_like_rnncell("cell", cell)
        self.cell = cell

    def __call__(self, inputs, state, scope=None):
        # The wrapper is no layer of its own when called: the wrapped cell's __call__ runs.
        return self._call_wrapped_cell(inputs, state, cell_call_fn=self.cell.__call__, scope=scope)

    @property
    def wrapped_cell(self):
        return self.cell

    @property
    def state_size(self):
        return self.cell.state_size

    @property
    def output_size(self):
        return self.cell.output_size

    def zero_state(self, batch_size, dtype):
        with name_scope(type(self).__name__ + "ZeroState", values=[batch_size]):
            return self.cell.zero_state(batch_size, dtype)

    @property
    def trainable_weights(self):
        return self.cell.trainable_weights

    @property
    def non_trainable_weights(self):
        return self.cell.non_trainable_weights


class DropoutWrapper(_RNNCellWrapperV1):
    __module__ = "tensorflow.python.ops.rnn_cell_impl"

    def __init__(self, cell, input_keep_prob=1.0, output_keep_prob=1.0, state_keep_prob=1.0,
                 variational_recurrent=False, input_size=None, dtype=None, seed=None,
                 dropout_state_filter_visitor=None, **kwargs):
        # rnn_cell_wrapper_impl.py 41-176, for constant keep probabilities of 1: no dropout op is made.
        super(DropoutWrapper, self).__init__(cell, dtype=dtype, **kwargs)
        if dropout_state_filter_visitor is not None and not callable(dropout_state_filter_visitor):
            raise TypeError("dropout_state_filter_visitor must be callable")
        tf = _tfpub()
        with name_scope("DropoutWrapperInit"):
            for prob, attr in [(input_keep_prob, "input_keep_prob"), (state_keep_prob, "state_keep_prob"),
                               (output_keep_prob, "output_keep_prob")]:
                if isinstance(prob, Tensor) or not isinstance(prob, (int, float)):
                    _tf.unsupported("tf.nn.rnn_cell.DropoutWrapper(%s=...) other than a Python number" % attr)
                tf.convert_to_tensor(prob)
                if prob < 0 or prob > 1:
                    raise ValueError("Parameter %s must be between 0 and 1: %d" % (attr, prob))
                if float(prob) < 1:
                    _tf.unsupported("tf.nn.rnn_cell.DropoutWrapper(%s=...) below 1 (its dropout ops)" % attr)
                setattr(self, "_%s" % attr, float(prob))
        if variational_recurrent:
            _tf.unsupported("tf.nn.rnn_cell.DropoutWrapper(variational_recurrent=True)")
        self._variational_recurrent = variational_recurrent
        self._input_size = input_size
        self._seed = seed

    def _call_wrapped_cell(self, inputs, state, cell_call_fn, **kwargs):
        return cell_call_fn(inputs, state, **kwargs)


class ResidualWrapper(_RNNCellWrapperV1):
    __module__ = "tensorflow.python.ops.rnn_cell_impl"

    def __init__(self, cell, residual_fn=None, **kwargs):
        super(ResidualWrapper, self).__init__(cell, **kwargs)
        self._residual_fn = residual_fn

    def _call_wrapped_cell(self, inputs, state, cell_call_fn, **kwargs):
        # rnn_cell_wrapper_impl.py 348-377.
        outputs, new_state = cell_call_fn(inputs, state, **kwargs)

        def default_residual_fn(inputs, outputs):
            from _tfwhile import _assert_same_structure
            _assert_same_structure(inputs, outputs)
            for inp, out in zip(_flatten(inputs), _flatten(outputs)):
                inp.get_shape().assert_is_compatible_with(out.get_shape())
            return _map_structure_2(lambda inp, out: inp + out, inputs, outputs)

        res_outputs = (self._residual_fn or default_residual_fn)(inputs, outputs)
        return (res_outputs, new_state)


def _map_structure_2(fn, a, b):
    if isinstance(a, (list, tuple)):
        items = [_map_structure_2(fn, x, y) for x, y in zip(a, b)]
        return type(a)(*items) if hasattr(a, "_fields") else type(a)(items)
    return fn(a, b)


class MultiRNNCell(RNNCell):
    __module__ = "tensorflow.python.ops.rnn_cell_impl"

    def __init__(self, cells, state_is_tuple=True):
        super(MultiRNNCell, self).__init__()
        if not cells:
            raise ValueError("Must specify at least one cell for MultiRNNCell.")
        if not _is_sequence(cells):
            raise TypeError("cells must be a list or tuple, but saw: %s." % cells)
        if len(set([id(cell) for cell in cells])) < len(cells):
            # rnn_cell_impl.py 1233-1235: logging.log_first_n(logging.WARN, ..., 1).
            import sys
            from _tftf_logging import _log_first_n
            _log_first_n("WARNING", "At least two cells provided to MultiRNNCell are the same object and will "
                         "share weights.", 1, sys._getframe(0))
        self._cells = cells
        self._state_is_tuple = state_is_tuple
        if not state_is_tuple:
            if any(_is_sequence(c.state_size) for c in self._cells):
                raise ValueError("Some cells return tuples of states, but the flag state_is_tuple is not set.  "
                                 "State sizes are: %s" % str([c.state_size for c in self._cells]))
            _tf.unsupported("tf.nn.rnn_cell.MultiRNNCell(state_is_tuple=False)")

    @property
    def state_size(self):
        return tuple(cell.state_size for cell in self._cells)

    @property
    def output_size(self):
        return self._cells[-1].output_size

    def zero_state(self, batch_size, dtype):
        with name_scope(type(self).__name__ + "ZeroState", values=[batch_size]):
            return tuple(cell.zero_state(batch_size, dtype) for cell in self._cells)

    @property
    def trainable_weights(self):
        if not self.trainable:
            return []
        weights = []
        for cell in self._cells:
            if isinstance(cell, Layer):
                weights += cell.trainable_weights
        return weights

    @property
    def non_trainable_weights(self):
        weights = []
        for cell in self._cells:
            if isinstance(cell, Layer):
                weights += cell.non_trainable_weights
        if not self.trainable:
            trainable_weights = []
            for cell in self._cells:
                if isinstance(cell, Layer):
                    trainable_weights += cell.trainable_weights
            return trainable_weights + weights
        return weights

    def call(self, inputs, state):
        cur_inp = inputs
        new_states = []
        for i, cell in enumerate(self._cells):
            with variable_scope("cell_%d" % i):
                if not _is_sequence(state):
                    raise ValueError("Expected state to be a tuple of length %d, but received: %s"
                                     % (len(self.state_size), state))
                cur_state = state[i]
                cur_inp, new_state = cell(cur_inp, cur_state)
                new_states.append(new_state)
        return cur_inp, tuple(new_states)

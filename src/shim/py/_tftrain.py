# tf.train's optimizers and global-step helpers (training/optimizer.py, gradient_descent.py,
# training_util.py of TF 1.15). The graph each method builds comes from the engine (src/tf/train);
# these classes keep TF's Python surface: constructor signatures, GATE_* constants, minimize calling
# compute_gradients then apply_gradients (so subclasses that override either are honoured).
import _tf


class Optimizer(object):
    GATE_NONE = 0
    GATE_OP = 1
    GATE_GRAPH = 2

    def __init__(self, use_locking, name):
        if not name:
            raise ValueError("Must specify the optimizer name")
        self._use_locking = use_locking
        self._name = name
        self._impl = None

    def get_name(self):
        return self._name

    def _engine(self):
        if self._impl is None:
            _tf.unsupported("a tf.train.Optimizer subclass that tfscope does not model (%s)" % type(self).__name__)
        return self._impl

    def minimize(self, loss, global_step=None, var_list=None, gate_gradients=GATE_OP,
                 aggregation_method=None, colocate_gradients_with_ops=False, name=None, grad_loss=None):
        grads_and_vars = self.compute_gradients(
            loss, var_list=var_list, gate_gradients=gate_gradients, aggregation_method=aggregation_method,
            colocate_gradients_with_ops=colocate_gradients_with_ops, grad_loss=grad_loss)
        vars_with_grad = [v for g, v in grads_and_vars if g is not None]
        if not vars_with_grad:
            raise ValueError(
                "No gradients provided for any variable, check your graph for ops"
                " that do not support gradients, between variables %s and loss %s." %
                ([str(v) for _, v in grads_and_vars], loss))
        return self.apply_gradients(grads_and_vars, global_step=global_step, name=name)

    def compute_gradients(self, loss, var_list=None, gate_gradients=GATE_OP, aggregation_method=None,
                          colocate_gradients_with_ops=False, grad_loss=None):
        if callable(loss):
            _tf.unsupported("Optimizer.compute_gradients of a callable loss (eager execution)")
        if gate_gradients not in (Optimizer.GATE_NONE, Optimizer.GATE_OP, Optimizer.GATE_GRAPH):
            raise ValueError("gate_gradients must be one of: Optimizer.GATE_NONE, "
                             "Optimizer.GATE_OP, Optimizer.GATE_GRAPH.  Not %s" % gate_gradients)
        # _assert_valid_dtypes reads loss.dtype before anything converts the loss.
        loss.dtype.base_dtype
        if grad_loss is not None:
            grad_loss.dtype.base_dtype
        if var_list is not None:
            var_list = _flatten(var_list)
        pairs = _tf.train_compute_gradients(self._engine(), loss, var_list, gate_gradients, aggregation_method,
                                            colocate_gradients_with_ops, grad_loss)
        return [(g, v) for g, v in pairs]

    def apply_gradients(self, grads_and_vars, global_step=None, name=None):
        grads_and_vars = tuple(grads_and_vars)
        if not grads_and_vars:
            raise ValueError("No variables provided.")
        var_list = [v for g, v in grads_and_vars if g is not None]
        if not var_list:
            raise ValueError("No gradients provided for any variable: %s." %
                             ([str(v) for _, v in grads_and_vars],))
        return _tf.train_apply_gradients(self._engine(), [(g, v) for g, v in grads_and_vars], global_step, name)

    def get_slot_names(self):
        return _tf.train_get_slot_names(self._engine())

    def get_slot(self, var, name):
        return _tf.train_get_slot(self._engine(), var, name)

    def variables(self):
        return []


def _call_if_callable(owner, attr):
    def value():
        v = getattr(owner, attr)
        return v() if callable(v) else v
    return value


def _flatten(x):
    # nest.flatten over the lists, tuples and dicts a var_list may be.
    if isinstance(x, dict):
        return [y for k in sorted(x) for y in _flatten(x[k])]
    if isinstance(x, (list, tuple)):
        return [y for e in x for y in _flatten(e)]
    return [x]


class GradientDescentOptimizer(Optimizer):
    def __init__(self, learning_rate, use_locking=False, name="GradientDescent"):
        super(GradientDescentOptimizer, self).__init__(use_locking, name)
        self._learning_rate = learning_rate
        self._impl = _tf.train_gradient_descent(_call_if_callable(self, "_learning_rate"), use_locking, name)


class MomentumOptimizer(Optimizer):
    def __init__(self, learning_rate, momentum, use_locking=False, name="Momentum", use_nesterov=False):
        super(MomentumOptimizer, self).__init__(use_locking, name)
        self._learning_rate = learning_rate
        self._momentum = momentum
        self._use_nesterov = use_nesterov
        self._impl = _tf.train_momentum(_call_if_callable(self, "_learning_rate"), _call_if_callable(self, "_momentum"),
                                        use_locking, name, use_nesterov)



class AdamOptimizer(Optimizer):
    def __init__(self, learning_rate=0.001, beta1=0.9, beta2=0.999, epsilon=1e-8, use_locking=False, name="Adam"):
        super(AdamOptimizer, self).__init__(use_locking, name)
        self._lr = learning_rate
        self._beta1 = beta1
        self._beta2 = beta2
        self._epsilon = epsilon
        # _create_non_slot_variable takes beta1/beta2 as given (a callable is not called there).
        if callable(beta1) or callable(beta2):
            _tf.unsupported("tf.train.AdamOptimizer with a callable beta1 or beta2 (eager execution)")
        self._impl = _tf.train_adam(_call_if_callable(self, "_lr"), _call_if_callable(self, "_beta1"),
                                    _call_if_callable(self, "_beta2"), _call_if_callable(self, "_epsilon"),
                                    use_locking, name, beta1, beta2)



class AdagradOptimizer(Optimizer):
    def __init__(self, learning_rate, initial_accumulator_value=0.1, use_locking=False, name="Adagrad"):
        if initial_accumulator_value <= 0.0:
            raise ValueError("initial_accumulator_value must be positive: %s" % initial_accumulator_value)
        super(AdagradOptimizer, self).__init__(use_locking, name)
        self._learning_rate = learning_rate
        self._initial_accumulator_value = initial_accumulator_value
        self._impl = _tf.train_adagrad(_call_if_callable(self, "_learning_rate"), initial_accumulator_value,
                                       use_locking, name)


class RMSPropOptimizer(Optimizer):
    # rmsprop.py: the hyperparameters are read (called if callable) by _prepare.
    def __init__(self, learning_rate, decay=0.9, momentum=0.0, epsilon=1e-10, use_locking=False, centered=False,
                 name="RMSProp"):
        super(RMSPropOptimizer, self).__init__(use_locking, name)
        self._learning_rate = learning_rate
        self._decay = decay
        self._momentum = momentum
        self._epsilon = epsilon
        self._centered = centered
        self._impl = _tf.train_rmsprop(_call_if_callable(self, "_learning_rate"), _call_if_callable(self, "_decay"),
                                       _call_if_callable(self, "_momentum"), _call_if_callable(self, "_epsilon"),
                                       use_locking, bool(centered), name)


class AdadeltaOptimizer(Optimizer):
    # adadelta.py.
    def __init__(self, learning_rate=0.001, rho=0.95, epsilon=1e-8, use_locking=False, name="Adadelta"):
        super(AdadeltaOptimizer, self).__init__(use_locking, name)
        self._lr = learning_rate
        self._rho = rho
        self._epsilon = epsilon
        self._impl = _tf.train_adadelta(_call_if_callable(self, "_lr"), _call_if_callable(self, "_rho"),
                                        _call_if_callable(self, "_epsilon"), use_locking, name)


class ProximalGradientDescentOptimizer(Optimizer):
    # proximal_gradient_descent.py: _prepare converts the hyperparameters as given (no _call_if_callable).
    def __init__(self, learning_rate, l1_regularization_strength=0.0, l2_regularization_strength=0.0,
                 use_locking=False, name="ProximalGradientDescent"):
        super(ProximalGradientDescentOptimizer, self).__init__(use_locking, name)
        self._learning_rate = learning_rate
        self._l1_regularization_strength = l1_regularization_strength
        self._l2_regularization_strength = l2_regularization_strength
        for value in (learning_rate, l1_regularization_strength, l2_regularization_strength):
            if callable(value):
                _tf.unsupported("tf.train.ProximalGradientDescentOptimizer with a callable hyperparameter")
        self._impl = _tf.train_proximal_gradient_descent(learning_rate, l1_regularization_strength,
                                                         l2_regularization_strength, use_locking, name)


# ---- training_util.py

def _default_graph(graph):
    import tensorflow as tf
    return graph or tf.get_default_graph()


def assert_global_step(global_step_tensor):
    import tensorflow as tf
    if not isinstance(global_step_tensor, (tf.Variable, tf.Tensor)):
        raise TypeError('Existing "global_step" must be a Variable or Tensor: %s.' % global_step_tensor)
    if not global_step_tensor.dtype.base_dtype.is_integer:
        raise TypeError('Existing "global_step" does not have integer type: %s' % global_step_tensor.dtype)
    shape = global_step_tensor.get_shape()
    if shape.ndims != 0 and shape.is_fully_defined():
        raise TypeError('Existing "global_step" is not scalar: %s' % shape)


def get_global_step(graph=None):
    graph = _default_graph(graph)
    tensors = graph.get_collection("global_step")
    if len(tensors) == 1:
        tensor = tensors[0]
    elif not tensors:
        try:
            tensor = graph.get_tensor_by_name("global_step:0")
        except KeyError:
            return None
    else:
        # TF logs "Multiple tensors in global_step collection." to stderr.
        _tf.unsupported("get_global_step with several tensors in the global_step collection (TF logs an error)")
    assert_global_step(tensor)
    return tensor


def create_global_step(graph=None):
    import tensorflow as tf
    graph = _default_graph(graph)
    if get_global_step(graph) is not None:
        raise ValueError('"global_step" already exists.')
    with graph.as_default() as g, g.name_scope(None):
        return tf.get_variable("global_step", shape=[], dtype=tf.int64, initializer=tf.zeros_initializer(),
                               trainable=False, collections=["variables", "global_step"])


def get_or_create_global_step(graph=None):
    graph = _default_graph(graph)
    tensor = get_global_step(graph)
    if tensor is None:
        tensor = create_global_step(graph)
    return tensor


def global_step(sess, global_step_tensor):
    return int(sess.run(global_step_tensor))

# tf.train.ExponentialMovingAverage (tensorflow/python/training/moving_averages.py 259-550, TF 1.15.5) and
# the assign_moving_average it runs (35-110), written as TF writes them over the shim's ops: the shadow
# variables are slot_creator.create_slot's (`<var>/ExponentialMovingAverage`, initialized from
# var.initialized_value()), the updates are AssignMovingAvg, AssignMovingAvg_1... under the EMA's name
# scope, grouped into one op named after it. Without a distribution strategy the default replica
# context's merge_call and reduce_to add no op. Averages of Tensors (zero_debias) and of resource
# variables are refused by name.
import _tf


def assign_moving_average(variable, value, decay, zero_debias=True, name=None):
    import tensorflow as tf
    with tf.name_scope(name, "AssignMovingAvg", [variable, value, decay]) as scope:
        decay = tf.convert_to_tensor(1.0 - decay, name="decay")
        if decay.dtype != variable.dtype.base_dtype:
            decay = tf.cast(decay, variable.dtype.base_dtype)
        if zero_debias:
            _tf.unsupported("assign_moving_average(zero_debias=True) (moving_averages.py _zero_debias)")
        return tf.assign_sub(variable, (variable - value) * decay, name=scope)


def _create_slot(primary, val, name):
    # slot_creator.py create_slot / _create_slot_var for a RefVariable primary, colocated with it.
    import tensorflow as tf
    validate_shape = val.get_shape().is_fully_defined()
    with tf.variable_scope(None, primary.op.name + "/" + name):
        with tf.colocate_with(primary):
            scope = tf.get_variable_scope()
            if scope.partitioner is not None:
                _tf.unsupported("a slot variable under a variable scope with a partitioner")
            return tf.get_variable("", initializer=val, trainable=False, use_resource=False,
                                   validate_shape=validate_shape)


class ExponentialMovingAverage(object):
    __module__ = "tensorflow.python.training.moving_averages"

    def __init__(self, decay, num_updates=None, zero_debias=False, name="ExponentialMovingAverage"):
        self._decay = decay
        self._num_updates = num_updates
        self._zero_debias = zero_debias
        self._name = name
        self._averages = {}  # id(var) -> (var, average): experimental_ref() keys

    @property
    def name(self):
        return self._name

    def apply(self, var_list=None):
        import tensorflow as tf
        from _tfcore import ResourceVariable, Variable
        if var_list is None:
            var_list = tf.trainable_variables()
        for var in var_list:
            if var.dtype.base_dtype not in [tf.bfloat16, tf.float16, tf.float32, tf.float64]:
                raise TypeError("The variables must be half, float, or double: %s" % var.name)
            if id(var) not in self._averages:
                if not isinstance(var, Variable):
                    _tf.unsupported("tf.train.ExponentialMovingAverage.apply of a Tensor (a zeros slot, zero_debias)")
                if isinstance(var, ResourceVariable):
                    _tf.unsupported("tf.train.ExponentialMovingAverage.apply of a resource variable")
                from _tftest_engine import init_scope
                with init_scope():
                    avg = _create_slot(var, var.initialized_value(), self.name)
                    tf.add_to_collection(tf.GraphKeys.MOVING_AVERAGE_VARIABLES, var)
                self._averages[id(var)] = (var, avg)
        with tf.name_scope(self.name) as scope:
            decay = tf.convert_to_tensor(self._decay, name="decay")
            if self._num_updates is not None:
                num_updates = tf.cast(self._num_updates, tf.float32, name="num_updates")
                decay = tf.minimum(decay, (1.0 + num_updates) / (10.0 + num_updates))
            updates = []
            for var in var_list:
                avg = self._averages[id(var)][1]
                updates.append(assign_moving_average(avg, var, decay, False))
            return tf.group(*updates, name=scope)

    def average(self, var):
        entry = self._averages.get(id(var))
        return None if entry is None else entry[1]

    def average_name(self, var):
        import tensorflow as tf
        entry = self._averages.get(id(var))
        if entry is not None:
            return entry[1].op.name
        return tf.get_default_graph().unique_name(var.op.name + "/" + self.name, mark_as_used=False)

    def variables_to_restore(self, moving_avg_variables=None):
        import tensorflow as tf
        name_map = {}
        if moving_avg_variables is None:
            moving_avg_variables = tf.trainable_variables()
            moving_avg_variables += tf.moving_average_variables()
        moving_avg_variables = _ordered_set(moving_avg_variables)
        for v in moving_avg_variables:
            name_map[self.average_name(v)] = v
        moving_avg_variable_names = set([v.name for v in moving_avg_variables])
        for v in _ordered_set(tf.global_variables()):
            if v.name not in moving_avg_variable_names and v.op.name not in name_map:
                name_map[v.op.name] = v
        return name_map


def _ordered_set(xs):
    # TF iterates a set of variables (hashed by id): the dict it builds has the same entries in an order
    # CPython's set gives; the entries, not that order, are what TF defines.
    seen = set()
    out = []
    for x in xs:
        if id(x) not in seen:
            seen.add(id(x))
            out.append(x)
    return out

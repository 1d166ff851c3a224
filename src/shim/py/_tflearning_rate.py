# tf.train's learning-rate decays (tensorflow/python/training/learning_rate_decay.py, TF 1.15.5): each makes
# the keras schedule (keras/optimizer_v2/learning_rate_schedule.py) and calls it on the global step in graph
# mode; the schedules' __call__ are written here as keras writes them, so op names and scopes are TF's
# (name_scope_v2, the Cast/x constants, the final op named after the scope). piecewise_constant needs
# control_flow_ops.case, which tfscope does not model; eager mode (a functools.partial) is refused.
import _tf


def _graph_mode(what):
    if _tf.executing_eagerly():
        _tf.unsupported("tf.train.%s in eager mode (a callable learning rate)" % what)


def _exponential(initial_learning_rate, decay_steps, decay_rate, staircase, name, step):
    # learning_rate_schedule.py ExponentialDecay.__call__.
    import tensorflow as tf
    from _tfcore import name_scope_v2
    with name_scope_v2(name or "ExponentialDecay") as name:
        initial_learning_rate = tf.convert_to_tensor(initial_learning_rate, name="initial_learning_rate")
        dtype = initial_learning_rate.dtype
        decay_steps = tf.cast(decay_steps, dtype)
        decay_rate = tf.cast(decay_rate, dtype)
        global_step_recomp = tf.cast(step, dtype)
        p = global_step_recomp / decay_steps
        if staircase:
            p = tf.floor(p)
        return tf.multiply(initial_learning_rate, tf.pow(decay_rate, p), name=name)


def exponential_decay(learning_rate, global_step, decay_steps, decay_rate, staircase=False, name=None):
    _graph_mode("exponential_decay")
    return _exponential(learning_rate, decay_steps, decay_rate, staircase, name, global_step)


def natural_exp_decay(learning_rate, global_step, decay_steps, decay_rate, staircase=False, name=None):
    import tensorflow as tf
    natural_exp_rate = tf.exp(tf.negative(decay_rate))
    _graph_mode("natural_exp_decay")
    return _exponential(learning_rate, decay_steps, natural_exp_rate, staircase, name, global_step)


def polynomial_decay(learning_rate, global_step, decay_steps, end_learning_rate=0.0001, power=1.0, cycle=False,
                     name=None):
    # PolynomialDecay.__call__.
    import tensorflow as tf
    from _tfcore import name_scope_v2
    _graph_mode("polynomial_decay")
    with name_scope_v2(name or "PolynomialDecay") as name:
        initial_learning_rate = tf.convert_to_tensor(learning_rate, name="initial_learning_rate")
        dtype = initial_learning_rate.dtype
        end_learning_rate = tf.cast(end_learning_rate, dtype)
        power = tf.cast(power, dtype)
        global_step_recomp = tf.cast(global_step, dtype)
        decay_steps_recomp = tf.cast(decay_steps, dtype)
        if cycle:
            multiplier = tf.cond(tf.equal(global_step_recomp, 0), lambda: 1.0,
                                 lambda: tf.ceil(global_step_recomp / decay_steps))
            decay_steps_recomp = tf.multiply(decay_steps_recomp, multiplier)
        else:
            global_step_recomp = tf.minimum(global_step_recomp, decay_steps)
        p = tf.divide(global_step_recomp, decay_steps_recomp)
        return tf.add(tf.multiply(initial_learning_rate - end_learning_rate, tf.pow(1 - p, power)),
                      end_learning_rate, name=name)


def inverse_time_decay(learning_rate, global_step, decay_steps, decay_rate, staircase=False, name=None):
    # InverseTimeDecay.__call__.
    import tensorflow as tf
    from _tfcore import name_scope_v2
    _graph_mode("inverse_time_decay")
    with name_scope_v2(name or "InverseTimeDecay") as name:
        initial_learning_rate = tf.convert_to_tensor(learning_rate, name="initial_learning_rate")
        dtype = initial_learning_rate.dtype
        decay_steps = tf.cast(decay_steps, dtype)
        decay_rate = tf.cast(decay_rate, dtype)
        global_step_recomp = tf.cast(global_step, dtype)
        p = global_step_recomp / decay_steps
        if staircase:
            p = tf.floor(p)
        const = tf.cast(tf.constant(1), dtype)
        denom = tf.add(const, tf.multiply(decay_rate, p))
        return tf.divide(initial_learning_rate, denom, name=name)

# tf.layers.BatchNormalization and tf.layers.batch_normalization (tensorflow/python/layers/normalization.py
# over keras/layers/normalization.py BatchNormalizationBase with _USE_V2_BEHAVIOR = False, TF 1.15.5),
# written as keras writes it over the shim's ops and its Python tf.layers.Layer: weights, smart_cond's
# tf.cond, the AssignMovingAvg updates (added with add_update, so they reach UPDATE_OPS) and every op
# name are TF's. Batch renormalization, virtual batches and `adjustment` are refused by name.
import _tf
from _tfcore import ones_initializer, zeros_initializer
from _tflayers import Layer


# ---- keras/utils/tf_utils.py and framework/smart_cond.py

def _smart_constant_value(pred):
    from _tfcore import Tensor
    if isinstance(pred, Tensor):
        return _tf.smart_constant_value(pred)
    elif pred in {0, 1}:
        return bool(pred)
    elif isinstance(pred, bool):
        return pred
    raise TypeError("`pred` must be a Tensor, or a Python bool, or 1 or 0. Found instead: %s" % type(pred))


def constant_value(pred):
    # tf_utils.constant_value: integer booleans, and None for a variable.
    from _tfcore import Variable
    if isinstance(pred, int):
        if pred == 1:
            pred = True
        elif pred == 0:
            pred = False
    if isinstance(pred, Variable):
        return None
    return _smart_constant_value(pred)


def smart_cond(pred, true_fn=None, false_fn=None, name=None):
    # tf_utils.smart_cond over smart_cond.smart_cond.
    from _tfcore import Variable
    from _tfcond import cond
    if isinstance(pred, Variable):
        return cond(pred, true_fn=true_fn, false_fn=false_fn, name=name)
    if not callable(true_fn):
        raise TypeError("`true_fn` must be callable.")
    if not callable(false_fn):
        raise TypeError("`false_fn` must be callable.")
    pred_value = _smart_constant_value(pred)
    if pred_value is not None:
        if pred_value:
            return true_fn()
        return false_fn()
    return cond(pred, true_fn=true_fn, false_fn=false_fn, name=name)


# ---- keras/layers/normalization.py

class BatchNormalization(Layer):
    __module__ = "tensorflow.python.layers.normalization"
    _USE_V2_BEHAVIOR = False

    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True,
                 beta_initializer=zeros_initializer(), gamma_initializer=ones_initializer(),
                 moving_mean_initializer=zeros_initializer(), moving_variance_initializer=ones_initializer(),
                 beta_regularizer=None, gamma_regularizer=None, beta_constraint=None, gamma_constraint=None,
                 renorm=False, renorm_clipping=None, renorm_momentum=0.99, fused=None, trainable=True,
                 virtual_batch_size=None, adjustment=None, name=None, **kwargs):
        super(BatchNormalization, self).__init__(trainable=trainable, name=name, **kwargs)
        if isinstance(axis, list):
            self.axis = axis[:]
        elif isinstance(axis, int):
            self.axis = axis
        else:
            raise TypeError("axis must be int or list, type given: %s" % type(axis))
        for arg, value in (("renorm", renorm), ("virtual_batch_size", virtual_batch_size),
                           ("adjustment", adjustment)):
            if value is not None and value is not False:
                _tf.unsupported("tf.layers.BatchNormalization(%s=...)" % arg)
        for arg, value in (("beta_initializer", beta_initializer), ("gamma_initializer", gamma_initializer),
                           ("moving_mean_initializer", moving_mean_initializer),
                           ("moving_variance_initializer", moving_variance_initializer)):
            if isinstance(value, str):
                _tf.unsupported("tf.layers.BatchNormalization(%s=<a string>) (keras initializers.get)" % arg)
        self.momentum = momentum
        self.epsilon = epsilon
        self.center = center
        self.scale = scale
        self.beta_initializer = beta_initializer
        self.gamma_initializer = gamma_initializer
        self.moving_mean_initializer = moving_mean_initializer
        self.moving_variance_initializer = moving_variance_initializer
        self.beta_regularizer = beta_regularizer
        self.gamma_regularizer = gamma_regularizer
        self.beta_constraint = beta_constraint
        self.gamma_constraint = gamma_constraint
        self.renorm = renorm
        self.virtual_batch_size = virtual_batch_size
        self.adjustment = adjustment
        if fused is None:
            fused = True  # _USE_V2_BEHAVIOR is False: build decides
        self.supports_masking = True
        self.fused = fused
        self._bessels_correction_test_only = True

    def _raise_if_fused_cannot_be_used(self):
        axis = [self.axis] if isinstance(self.axis, int) else self.axis
        if len(axis) > 1 or axis[0] not in (-3, -1, 1, 3):
            raise ValueError("Passing fused=True is only supported when axis is 1 or 3")

    def _fused_can_be_used(self):
        try:
            self._raise_if_fused_cannot_be_used()
            return True
        except ValueError:
            return False

    @property
    def _param_dtype(self):
        if self.dtype in ("float16", "bfloat16"):
            import tensorflow as tf
            return tf.float32
        return self.dtype or "float32"

    def build(self, input_shape):
        import tensorflow as tf
        input_shape = tf.TensorShape(input_shape)
        if not input_shape.ndims:
            raise ValueError("Input has undefined rank:", input_shape)
        ndims = len(input_shape)
        if isinstance(self.axis, int):
            self.axis = [self.axis]
        for idx, x in enumerate(self.axis):
            if x < 0:
                self.axis[idx] = ndims + x
        for x in self.axis:
            if x < 0 or x >= ndims:
                raise ValueError("Invalid axis: %d" % x)
        if len(self.axis) != len(set(self.axis)):
            raise ValueError("Duplicate axis: %s" % self.axis)
        if self.fused in (None, True):
            self.fused = (ndims == 4 and self._fused_can_be_used())
        if self.fused:
            if self.axis == [1]:
                self._data_format = "NCHW"
            elif self.axis == [3]:
                self._data_format = "NHWC"
            else:
                raise ValueError("Unsupported axis, fused batch norm only supports axis == [1] or axis == [3]")
        axis_to_dim = {x: input_shape.dims[x].value for x in self.axis}
        for x in axis_to_dim:
            if axis_to_dim[x] is None:
                raise ValueError("Input has undefined `axis` dimension. Input shape: ", input_shape)
        from tensorflow.python.keras.engine.input_spec import InputSpec
        self.input_spec = InputSpec(ndim=ndims, axes=axis_to_dim)
        if len(axis_to_dim) == 1:
            param_shape = (list(axis_to_dim.values())[0],)
        else:
            param_shape = [axis_to_dim[i] if i in axis_to_dim else 1 for i in range(ndims)]
        dtype = self._param_dtype
        if self.scale:
            self.gamma = _tf.layer_add_weight(self._layer, "gamma", param_shape, dtype, self.gamma_initializer,
                                              self.gamma_regularizer, True, self.gamma_constraint)
        else:
            self.gamma = None
            if self.fused:
                self._gamma_const = tf.constant(1.0, dtype=dtype, shape=param_shape)
        if self.center:
            self.beta = _tf.layer_add_weight(self._layer, "beta", param_shape, dtype, self.beta_initializer,
                                             self.beta_regularizer, True, self.beta_constraint)
        else:
            self.beta = None
            if self.fused:
                self._beta_const = tf.constant(0.0, dtype=dtype, shape=param_shape)
        # keras unsets the scope's partitioner around the moving statistics.
        if tf.get_variable_scope().partitioner is not None:
            _tf.unsupported("tf.layers.BatchNormalization under a variable scope with a partitioner")
        # add_weight(synchronization=ON_READ, trainable=False, aggregation=MEAN): without a distribution
        # strategy a plain non-trainable variable.
        self.moving_mean = _tf.layer_add_weight(self._layer, "moving_mean", param_shape, dtype,
                                                self.moving_mean_initializer, None, False, None)
        self.moving_variance = _tf.layer_add_weight(self._layer, "moving_variance", param_shape, dtype,
                                                    self.moving_variance_initializer, None, False, None)
        self.built = True

    def _assign_moving_average(self, variable, value, momentum, inputs_size):
        import tensorflow as tf
        with tf.name_scope("AssignMovingAvg") as scope:
            with tf.colocate_with(variable):
                decay = tf.convert_to_tensor(1.0 - momentum, name="decay")
                if decay.dtype != variable.dtype.base_dtype:
                    decay = tf.cast(decay, variable.dtype.base_dtype)
                update_delta = (variable - tf.cast(value, variable.dtype)) * decay
                return tf.assign_sub(variable, update_delta, name=scope)

    def _fused_batch_norm(self, inputs, training):
        import tensorflow as tf
        beta = self.beta if self.center else self._beta_const
        gamma = self.gamma if self.scale else self._gamma_const

        def _fused_batch_norm_training():
            return tf.nn.fused_batch_norm(inputs, gamma, beta, epsilon=self.epsilon, data_format=self._data_format)

        def _fused_batch_norm_inference():
            return tf.nn.fused_batch_norm(inputs, gamma, beta, mean=self.moving_mean, variance=self.moving_variance,
                                          epsilon=self.epsilon, is_training=False, data_format=self._data_format)

        output, mean, variance = smart_cond(training, _fused_batch_norm_training, _fused_batch_norm_inference)
        training_value = constant_value(training)
        if training_value is None:
            momentum = smart_cond(training, lambda: self.momentum, lambda: 1.0)
        else:
            momentum = tf.convert_to_tensor(self.momentum)
        if training_value or training_value is None:
            def mean_update():
                return self._assign_moving_average(self.moving_mean, mean, momentum, None)

            def variance_update():
                return self._assign_moving_average(self.moving_variance, variance, momentum, None)

            self.add_update(mean_update)
            self.add_update(variance_update)
        return output

    def _moments(self, inputs, reduction_axes, keep_dims):
        import tensorflow as tf
        return tf.nn.moments(inputs, reduction_axes, keep_dims=keep_dims)

    def _get_training_value(self, training=None):
        if training is None:
            _tf.unsupported("tf.layers.BatchNormalization with training=None (keras's learning phase)")
        return training

    def __call__(self, inputs, training=False):
        # layers/normalization.py call(inputs, training=False), through Layer.__call__'s scopes.
        outer = self.__dict__.get("_training_arg", None)
        self.__dict__["_training_arg"] = training
        try:
            return Layer.__call__(self, inputs)
        finally:
            self.__dict__["_training_arg"] = outer

    apply = __call__

    def call(self, inputs, training=None):
        import tensorflow as tf
        if training is None:
            training = self.__dict__.get("_training_arg", False)
        training = self._get_training_value(training)
        if self.fused:
            return self._fused_batch_norm(inputs, training=training)
        input_shape = inputs.shape
        ndims = len(input_shape)
        reduction_axes = [i for i in range(ndims) if i not in self.axis]
        broadcast_shape = [1] * ndims
        broadcast_shape[self.axis[0]] = input_shape.dims[self.axis[0]].value

        def _broadcast(v):
            if v is not None and len(v.shape) != ndims and reduction_axes != list(range(ndims - 1)):
                return tf.reshape(v, broadcast_shape)
            return v

        scale, offset = _broadcast(self.gamma), _broadcast(self.beta)
        training_value = constant_value(training)
        if training_value == False:  # noqa: E712 (keras compares so)
            mean, variance = self.moving_mean, self.moving_variance
        else:
            keep_dims = len(self.axis) > 1
            mean, variance = self._moments(tf.cast(inputs, self._param_dtype), reduction_axes, keep_dims=keep_dims)
            moving_mean = self.moving_mean
            moving_variance = self.moving_variance
            mean = smart_cond(training, lambda: mean, lambda: tf.convert_to_tensor(moving_mean))
            variance = smart_cond(training, lambda: variance, lambda: tf.convert_to_tensor(moving_variance))
            new_mean, new_variance = mean, variance

            def _do_update(var, value):
                return self._assign_moving_average(var, value, self.momentum, None)

            def mean_update():
                true_branch = lambda: _do_update(self.moving_mean, new_mean)  # noqa: E731
                false_branch = lambda: self.moving_mean  # noqa: E731
                return smart_cond(training, true_branch, false_branch)

            def variance_update():
                true_branch = lambda: _do_update(self.moving_variance, new_variance)  # noqa: E731
                false_branch = lambda: self.moving_variance  # noqa: E731
                return smart_cond(training, true_branch, false_branch)

            self.add_update(mean_update)
            self.add_update(variance_update)
        mean = tf.cast(mean, inputs.dtype)
        variance = tf.cast(variance, inputs.dtype)
        if offset is not None:
            offset = tf.cast(offset, inputs.dtype)
        if scale is not None:
            scale = tf.cast(scale, inputs.dtype)
        outputs = tf.nn.batch_normalization(inputs, _broadcast(mean), _broadcast(variance), offset, scale,
                                            self.epsilon)
        outputs.set_shape(input_shape)
        return outputs

    def compute_output_shape(self, input_shape):
        return input_shape


BatchNorm = BatchNormalization


def batch_normalization(inputs, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True,
                        beta_initializer=zeros_initializer(), gamma_initializer=ones_initializer(),
                        moving_mean_initializer=zeros_initializer(), moving_variance_initializer=ones_initializer(),
                        beta_regularizer=None, gamma_regularizer=None, beta_constraint=None, gamma_constraint=None,
                        training=False, trainable=True, name=None, reuse=None, renorm=False, renorm_clipping=None,
                        renorm_momentum=0.99, fused=None, virtual_batch_size=None, adjustment=None):
    layer = BatchNormalization(
        axis=axis, momentum=momentum, epsilon=epsilon, center=center, scale=scale,
        beta_initializer=beta_initializer, gamma_initializer=gamma_initializer,
        moving_mean_initializer=moving_mean_initializer, moving_variance_initializer=moving_variance_initializer,
        beta_regularizer=beta_regularizer, gamma_regularizer=gamma_regularizer, beta_constraint=beta_constraint,
        gamma_constraint=gamma_constraint, renorm=renorm, renorm_clipping=renorm_clipping,
        renorm_momentum=renorm_momentum, fused=fused, trainable=trainable, virtual_batch_size=virtual_batch_size,
        adjustment=adjustment, name=name, _reuse=reuse, _scope=name)
    return layer.apply(inputs, training=training)


batch_norm = batch_normalization

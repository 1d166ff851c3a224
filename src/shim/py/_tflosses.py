# tf.losses (tf.compat.v1.losses): TF 1.15's loss functions, built op by op as
# tensorflow/python/ops/losses/losses_impl.py builds them, so the graph holds TF's ops under TF's names
# (`mean_squared_error/SquaredDifference`, `.../num_present`, `.../value`), the LOSSES collection gets
# what TF adds, and the shape checks raise TF's messages. Helpers from weights_broadcast_ops.py and
# losses/util.py live here too: nothing else uses them yet.
import _tf
from _tfcore import name_scope
from _tftest_engine import convert_to_tensor

_float32 = _tf.as_dtype("float32")
_LOSSES = "losses"
_REGULARIZATION_LOSSES = "regularization_losses"
# weights_broadcast_ops.py _ASSERT_BROADCASTABLE_ERROR_PREFIX.
_NOT_BROADCASTABLE = "weights can not be broadcast to values."


def _control_dependencies(ops):
    from _tfapi import control_dependencies
    return control_dependencies(ops)


class Reduction(object):
    """loss_reduction types of TF 1.15's losses_impl.Reduction (the strings are TF's)."""
    __module__ = "tensorflow.python.ops.losses.losses_impl"

    NONE = "none"
    SUM = "weighted_sum"
    SUM_OVER_BATCH_SIZE = "weighted_sum_over_batch_size"
    MEAN = "weighted_mean"
    SUM_BY_NONZERO_WEIGHTS = "weighted_sum_by_nonzero_weights"
    SUM_OVER_NONZERO_WEIGHTS = SUM_BY_NONZERO_WEIGHTS

    @classmethod
    def all(cls):
        return (cls.NONE, cls.SUM, cls.MEAN, cls.SUM_OVER_BATCH_SIZE, cls.SUM_OVER_NONZERO_WEIGHTS,
                cls.SUM_BY_NONZERO_WEIGHTS)

    @classmethod
    def validate(cls, key):
        if key not in cls.all():
            raise ValueError("Invalid Reduction Key %s." % key)


# ---- losses/util.py ----

def add_loss(loss, loss_collection=_LOSSES):
    # util.add_loss: eager execution keeps no collections.
    if loss_collection and not _tf.executing_eagerly():
        _tf.add_to_collection(loss_collection, loss)


def get_losses(scope=None, loss_collection=_LOSSES):
    return _tf.get_collection(loss_collection, scope)


def get_regularization_losses(scope=None):
    return _tf.get_collection(_REGULARIZATION_LOSSES, scope)


def get_regularization_loss(scope=None, name="total_regularization_loss"):
    losses = get_regularization_losses(scope)
    if losses:
        return _tf.add_n(losses, name=name)
    return _tf.constant(0.0)


def get_total_loss(add_regularization_losses=True, name="total_loss", scope=None):
    losses = get_losses(scope=scope)
    if add_regularization_losses:
        losses += get_regularization_losses(scope=scope)
    return _tf.add_n(losses, name=name)


# ---- weights_broadcast_ops.py ----

def _static_rank_and_shape(t):
    """What tensor_util.constant_value gives for array_ops.rank / array_ops.shape of `t`: the rank when
    known, the shape when fully defined (both fold to constants then)."""
    s = t.get_shape()
    if s.ndims is None:
        return None, None
    return s.ndims, (s.as_list() if s.is_fully_defined() else None)


def _assert_broadcastable(weights, values):
    with name_scope(None, "assert_broadcastable", (weights, values)):
        with name_scope(None, "weights", (weights,)) as weights_scope:
            weights = convert_to_tensor(weights, name=weights_scope)
            _tf.shape(weights, name="shape")
            _tf.rank(weights, name="rank")
        with name_scope(None, "values", (values,)) as values_scope:
            values = convert_to_tensor(values, name=values_scope)
            _tf.shape(values, name="shape")
            _tf.rank(values, name="rank")
        w_rank, w_shape = _static_rank_and_shape(weights)
        v_rank, v_shape = _static_rank_and_shape(values)
        if w_rank is not None and v_rank is not None:
            if w_rank == 0:
                return _tf.no_op(name="static_scalar_check_success")
            if w_rank != v_rank:
                raise ValueError("%s values.rank=%s. weights.rank=%s. values.shape=%s. weights.shape=%s." % (
                    _NOT_BROADCASTABLE, v_rank, w_rank, values.shape, weights.shape))
            if w_shape is not None and v_shape is not None:
                for i in range(len(v_shape)):
                    if w_shape[i] not in (1, v_shape[i]):
                        # TF formats the constant_value arrays: numpy's `[4 1]`.
                        raise ValueError("%s Mismatch at dim %s. values.shape=%s weights.shape=%s." % (
                            _NOT_BROADCASTABLE, i, _np_ints(v_shape), _np_ints(w_shape)))
                return _tf.no_op(name="static_dims_check_success")
        # The run-time check (an Assert over a cond of sets.set_difference) is not modelled.
        _tf.unsupported("tf.losses weights whose broadcast needs a run-time check (weights shape %s, values shape %s)"
                        % (weights.shape, values.shape))


def _np_ints(xs):
    return "[" + " ".join(str(x) for x in xs) + "]"


def _broadcast_weights(weights, values):
    with name_scope(None, "broadcast_weights", (weights, values)) as scope:
        values = convert_to_tensor(values, name="values")
        weights = convert_to_tensor(weights, dtype=values.dtype.base_dtype, name="weights")
        ws, vs = weights.get_shape(), values.get_shape()
        if ws.is_fully_defined() and vs.is_fully_defined() and ws.is_compatible_with(vs):
            return weights
        with _control_dependencies((_assert_broadcastable(weights, values),)):
            return _tf.multiply(weights, _tf.ones_like(values), name=scope)


# ---- losses_impl.py ----

def _safe_mean(losses, num_present):
    total_loss = _tf.reduce_sum(losses)
    return _tf.div_no_nan(total_loss, num_present, name="value")


def _num_present(losses, weights, per_batch=False):
    # The `weights` float shortcut never applies in graph mode: callers pass a cast tensor.
    if isinstance(weights, float) and weights != 0.0:
        return _num_elements(losses)
    with name_scope(None, "num_present", (losses, weights)) as scope:
        weights = _tf.cast(weights, _float32)
        present = _tf.select(_tf.equal(weights, 0.0), _tf.zeros_like(weights), _tf.ones_like(weights))
        present = _broadcast_weights(present, losses)
        if per_batch:
            return _tf.reduce_sum(present, axis=_tf.range(1, _tf.rank(present)), keepdims=True, name=scope)
        return _tf.reduce_sum(present, name=scope)


def _num_elements(losses):
    with name_scope(None, "num_elements", values=[losses]) as scope:
        return _tf.cast(_tf.size(losses, name=scope), losses.dtype)


def compute_weighted_loss(losses, weights=1.0, scope=None, loss_collection=_LOSSES,
                          reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    Reduction.validate(reduction)
    with name_scope(scope, "weighted_loss", (losses, weights)):
        with _control_dependencies((_assert_broadcastable(weights, losses),)):
            losses = convert_to_tensor(losses)
            input_dtype = losses.dtype
            losses = _tf.cast(losses, _float32)
            weights = _tf.cast(weights, _float32)
            weighted_losses = _tf.multiply(losses, weights)
            if reduction == Reduction.NONE:
                loss = weighted_losses
            else:
                loss = _tf.reduce_sum(weighted_losses)
                if reduction == Reduction.MEAN:
                    loss = _safe_mean(loss, _tf.reduce_sum(_tf.ones_like(losses) * weights))
                elif reduction == Reduction.SUM_BY_NONZERO_WEIGHTS:
                    loss = _safe_mean(loss, _num_present(losses, weights))
                elif reduction == Reduction.SUM_OVER_BATCH_SIZE:
                    loss = _safe_mean(loss, _num_elements(losses))
            loss = _tf.cast(loss, input_dtype)
            add_loss(loss, loss_collection)
            return loss


def _require(**args):
    # Each loss checks its two inputs for None first, in its argument order.
    for arg, value in args.items():
        if value is None:
            raise ValueError("%s must not be None." % arg)


def _floats(predictions, labels):
    predictions = _tf.cast(predictions, _float32)
    labels = _tf.cast(labels, _float32)
    predictions.get_shape().assert_is_compatible_with(labels.get_shape())
    return predictions, labels


def absolute_difference(labels, predictions, weights=1.0, scope=None, loss_collection=_LOSSES,
                        reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(labels=labels, predictions=predictions)
    with name_scope(scope, "absolute_difference", (predictions, labels, weights)) as scope:
        predictions, labels = _floats(predictions, labels)
        losses = _tf.abs(_tf.subtract(predictions, labels))
        return compute_weighted_loss(losses, weights, scope, loss_collection, reduction=reduction)


def cosine_distance(labels, predictions, axis=None, weights=1.0, scope=None, loss_collection=_LOSSES,
                    reduction=Reduction.SUM_BY_NONZERO_WEIGHTS, dim=None):
    from _tfxent import _deprecated_argument_lookup
    axis = _deprecated_argument_lookup("axis", axis, "dim", dim)
    if axis is None:
        raise ValueError("You must specify 'axis'.")
    _require(labels=labels, predictions=predictions)
    with name_scope(scope, "cosine_distance_loss", (predictions, labels, weights)) as scope:
        predictions, labels = _floats(predictions, labels)
        radial_diffs = _tf.multiply(predictions, labels)
        losses = 1 - _tf.reduce_sum(radial_diffs, axis=(axis,), keepdims=True)
        return compute_weighted_loss(losses, weights, scope, loss_collection, reduction=reduction)


def hinge_loss(labels, logits, weights=1.0, scope=None, loss_collection=_LOSSES,
               reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(labels=labels, logits=logits)
    with name_scope(scope, "hinge_loss", (logits, labels, weights)) as scope:
        logits, labels = _floats(logits, labels)
        all_ones = _tf.ones_like(labels)
        labels = _tf.subtract(2 * labels, all_ones)
        losses = _tf.relu(_tf.subtract(all_ones, _tf.multiply(labels, logits)))
        return compute_weighted_loss(losses, weights, scope, loss_collection, reduction=reduction)


def huber_loss(labels, predictions, weights=1.0, delta=1.0, scope=None, loss_collection=_LOSSES,
               reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(labels=labels, predictions=predictions)
    with name_scope(scope, "huber_loss", (predictions, labels, weights)) as scope:
        predictions, labels = _floats(predictions, labels)
        error = _tf.subtract(predictions, labels)
        abs_error = _tf.abs(error)
        quadratic = _tf.minimum(abs_error, delta)
        linear = _tf.subtract(abs_error, quadratic)
        losses = _tf.add(_tf.multiply(convert_to_tensor(0.5, dtype=quadratic.dtype), _tf.multiply(quadratic, quadratic)),
                         _tf.multiply(delta, linear))
        return compute_weighted_loss(losses, weights, scope, loss_collection, reduction=reduction)


def log_loss(labels, predictions, weights=1.0, epsilon=1e-7, scope=None, loss_collection=_LOSSES,
             reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(labels=labels, predictions=predictions)
    with name_scope(scope, "log_loss", (predictions, labels, weights)) as scope:
        predictions, labels = _floats(predictions, labels)
        losses = (-_tf.multiply(labels, _tf.log(predictions + epsilon))
                  - _tf.multiply(1 - labels, _tf.log(1 - predictions + epsilon)))
        return compute_weighted_loss(losses, weights, scope, loss_collection, reduction=reduction)


def mean_pairwise_squared_error(labels, predictions, weights=1.0, scope=None, loss_collection=_LOSSES):
    _require(labels=labels, predictions=predictions)
    with name_scope(scope, "mean_pairwise_squared_error", (predictions, labels, weights)) as scope:
        weights = _tf.cast(weights, _float32)
        labels = _tf.cast(labels, _float32)
        with _control_dependencies((_assert_broadcastable(weights, labels),)):
            predictions = _tf.cast(predictions, _float32)
            predictions.get_shape().assert_is_compatible_with(labels.get_shape())
            diffs = _tf.subtract(predictions, labels)
            axis = _tf.range(1, _tf.rank(diffs))
            sum_squares_diff_per_batch = _tf.reduce_sum(_tf.square(diffs), axis=axis, keepdims=True)
            num_present_per_batch = _num_present(diffs, weights, per_batch=True)
            term1 = 2.0 * _tf.div_no_nan(sum_squares_diff_per_batch,
                                         _tf.maximum(num_present_per_batch - 1, 0), name="value")
            sum_diff = _tf.reduce_sum(diffs, axis=axis, keepdims=True)
            term2 = 2.0 * _tf.div_no_nan(
                _tf.square(sum_diff),
                _tf.maximum(_tf.multiply(num_present_per_batch, num_present_per_batch - 1), 0), name="value")
            weighted_losses = _tf.multiply(term1 - term2, weights)
            loss = _tf.reduce_sum(weighted_losses)
            mean_loss = _tf.select(_tf.reduce_sum(num_present_per_batch) > 0, loss, _tf.zeros_like(loss), name="value")
            add_loss(mean_loss, loss_collection)
            return mean_loss


def mean_squared_error(labels, predictions, weights=1.0, scope=None, loss_collection=_LOSSES,
                       reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _require(labels=labels, predictions=predictions)
    with name_scope(scope, "mean_squared_error", (predictions, labels, weights)) as scope:
        predictions, labels = _floats(predictions, labels)
        losses = _tf.squared_difference(predictions, labels)
        return compute_weighted_loss(losses, weights, scope, loss_collection, reduction=reduction)


def sigmoid_cross_entropy(multi_class_labels, logits, weights=1.0, label_smoothing=0, scope=None,
                          loss_collection=_LOSSES, reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    from _tfxent import sigmoid_cross_entropy_with_logits
    _require(multi_class_labels=multi_class_labels, logits=logits)
    with name_scope(scope, "sigmoid_cross_entropy_loss", (logits, multi_class_labels, weights)) as scope:
        logits = convert_to_tensor(logits)
        multi_class_labels = _tf.cast(multi_class_labels, logits.dtype)
        logits.get_shape().assert_is_compatible_with(multi_class_labels.get_shape())
        if label_smoothing > 0:
            multi_class_labels = multi_class_labels * (1 - label_smoothing) + 0.5 * label_smoothing
        losses = sigmoid_cross_entropy_with_logits(labels=multi_class_labels, logits=logits, name="xentropy")
        return compute_weighted_loss(losses, weights, scope, loss_collection, reduction=reduction)


def softmax_cross_entropy(onehot_labels, logits, weights=1.0, label_smoothing=0, scope=None,
                          loss_collection=_LOSSES, reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    from _tfxent import softmax_cross_entropy_with_logits_v2
    _require(onehot_labels=onehot_labels, logits=logits)
    with name_scope(scope, "softmax_cross_entropy_loss", (logits, onehot_labels, weights)) as scope:
        logits = convert_to_tensor(logits)
        onehot_labels = _tf.cast(onehot_labels, logits.dtype)
        logits.get_shape().assert_is_compatible_with(onehot_labels.get_shape())
        if label_smoothing > 0:
            num_classes = _tf.cast(_tf.shape(onehot_labels)[-1], logits.dtype)
            smooth_positives = 1.0 - label_smoothing
            smooth_negatives = label_smoothing / num_classes
            onehot_labels = onehot_labels * smooth_positives + smooth_negatives
        onehot_labels = _tf.stop_gradient(onehot_labels, name="labels_stop_gradient")
        losses = softmax_cross_entropy_with_logits_v2(labels=onehot_labels, logits=logits, name="xentropy")
        return compute_weighted_loss(losses, weights, scope, loss_collection, reduction=reduction)


def _remove_squeezable_dimensions(labels, predictions, weights=None, expected_rank_diff=0):
    # losses_impl.py _remove_squeezable_dimensions over confusion_matrix.remove_squeezable_dimensions, with
    # static ranks (the cond-based run-time form is not modelled).
    with name_scope(None, "remove_squeezable_dimensions", [labels, predictions]):
        predictions = convert_to_tensor(predictions)
        labels = convert_to_tensor(labels)
        predictions_rank = predictions.get_shape().ndims
        labels_rank = labels.get_shape().ndims
        if labels_rank is None or predictions_rank is None:
            _tf.unsupported("tf.losses.sparse_softmax_cross_entropy with labels or logits of unknown rank")
        rank_diff = predictions_rank - labels_rank
        if rank_diff == expected_rank_diff + 1:
            predictions = _tf.squeeze(predictions, [-1])
        elif rank_diff == expected_rank_diff - 1:
            labels = _tf.squeeze(labels, [-1])
    if weights is not None:
        weights = convert_to_tensor(weights)
        labels_rank = labels.get_shape().ndims
        weights_rank = weights.get_shape().ndims
        if labels_rank is None or weights_rank is None:
            _tf.unsupported("tf.losses.sparse_softmax_cross_entropy with weights of unknown rank")
        if weights_rank - labels_rank == 1:
            weights = _tf.squeeze(weights, [-1])
    return labels, predictions, weights


def sparse_softmax_cross_entropy(labels, logits, weights=1.0, scope=None, loss_collection=_LOSSES,
                                 reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    from _tfxent import _sparse_xent_v1 as sparse_xent
    _require(labels=labels, logits=logits)
    with name_scope(scope, "sparse_softmax_cross_entropy_loss", (logits, labels, weights)) as scope:
        labels, logits, weights = _remove_squeezable_dimensions(labels, logits, weights, expected_rank_diff=1)
        losses = sparse_xent(labels=labels, logits=logits, name="xentropy")
        return compute_weighted_loss(losses, weights, scope, loss_collection, reduction=reduction)

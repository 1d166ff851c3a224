# tf.nn's cross-entropy functions that TF 1.15 writes in Python over elementwise ops (nn_impl.py), built
# op by op as TF builds them so the graph and its gradients hold TF's ops under TF's names.
import _tf
from _tfcore import name_scope
from _tftest_engine import convert_to_tensor


def _ensure_xent_args(name, sentinel, labels, logits):
    # nn_ops.py _ensure_xent_args: TF 1's versions take a leading `_sentinel` so that only keywords work.
    if sentinel is not None:
        raise ValueError("Only call `%s` with named arguments (labels=..., logits=..., ...)" % name)
    if labels is None or logits is None:
        raise ValueError("Both labels and logits must be provided.")


def _sigmoid_xent(labels, logits, name):
    with name_scope(name, "logistic_loss", [logits, labels]) as name:
        logits = convert_to_tensor(logits, name="logits")
        labels = convert_to_tensor(labels, name="labels")
        try:
            labels.get_shape().merge_with(logits.get_shape())
        except ValueError:
            raise ValueError("logits and labels must have the same shape (%s vs %s)" % (logits.get_shape(), labels.get_shape()))
        # max(x, 0) - x * z + log(1 + exp(-abs(x))), with max and abs as Selects so that x = 0 has a gradient.
        zeros = _tf.zeros_like(logits, dtype=logits.dtype)
        cond = logits >= zeros
        relu_logits = _tf.select(cond, logits, zeros)
        neg_abs_logits = _tf.select(cond, -logits, logits)
        return _tf.add(relu_logits - logits * labels, _tf.log1p(_tf.exp(neg_abs_logits)), name=name)


def _weighted_xent(labels, logits, pos_weight, name):
    # nn_impl.py 244-305 weighted_cross_entropy_with_logits_v2, op by op.
    with name_scope(name, "logistic_loss", [logits, labels]) as name:
        logits = convert_to_tensor(logits, name="logits")
        labels = convert_to_tensor(labels, name="labels")
        try:
            labels.get_shape().merge_with(logits.get_shape())
        except ValueError:
            raise ValueError("logits and labels must have the same shape (%s vs %s)" % (logits.get_shape(), labels.get_shape()))
        log_weight = 1 + (pos_weight - 1) * labels
        return _tf.add((1 - labels) * logits,
                       log_weight * (_tf.log1p(_tf.exp(-_tf.abs(logits))) + _tf.relu(-logits)), name=name)


def weighted_cross_entropy_with_logits(labels=None, logits=None, pos_weight=None, name=None, targets=None):
    # nn_impl.py 307-374 (v1): `targets` is the deprecated name of `labels`.
    labels = _deprecated_argument_lookup("labels", labels, "targets", targets)
    return _weighted_xent(labels, logits, pos_weight, name)


if _tf.profile() == "2":
    def sigmoid_cross_entropy_with_logits(labels=None, logits=None, name=None):
        # nn_impl.py sigmoid_cross_entropy_with_logits_v2: no sentinel, the v1 body.
        _ensure_xent_args("sigmoid_cross_entropy_with_logits", None, labels, logits)
        return _sigmoid_xent(labels, logits, name)
else:
    def sigmoid_cross_entropy_with_logits(_sentinel=None, labels=None, logits=None, name=None):
        _ensure_xent_args("sigmoid_cross_entropy_with_logits", _sentinel, labels, logits)
        return _sigmoid_xent(labels, logits, name)


_int32 = _tf.as_dtype("int32")


def _deprecated_argument_lookup(new_name, new_value, old_name, old_value):
    # deprecation.deprecated_argument_lookup.
    if old_value is not None:
        if new_value is not None:
            raise ValueError("Cannot specify both '%s' and '%s'" % (old_name, new_name))
        return old_value
    return new_value


def _flatten_outer_dims(logits):
    # nn_ops.py _flatten_outer_dims: reshape to [-1, last], with the static shape when the outer dims are known.
    rank = _tf.rank(logits)
    last_dim_size = _tf.slice(_tf.shape(logits), [_tf.subtract(rank, 1)], [1])
    output = _tf.reshape(logits, _tf.concat([[-1], last_dim_size], 0))
    shape = logits.get_shape()
    if shape.ndims is not None:
        dims = shape.as_list()
        product = 1
        for d in dims[:-1]:
            if d is None:
                return output
            product *= d
        output.set_shape([product, dims[-1]])
    return output


def softmax_cross_entropy_with_logits_v2(labels, logits, axis=None, name=None, dim=None):
    # nn_ops.py softmax_cross_entropy_with_logits_v2_helper (TF 1's tf.nn.softmax_cross_entropy_with_logits_v2).
    axis = _deprecated_argument_lookup("axis", axis, "dim", dim)
    if axis is None:
        axis = -1
    with name_scope(name, "softmax_cross_entropy_with_logits", [logits, labels]) as name:
        logits = convert_to_tensor(logits, name="logits")
        labels = convert_to_tensor(labels, name="labels")
        if logits.dtype.name in ("float16", "bfloat16"):
            _tf.unsupported("tf.nn.softmax_cross_entropy_with_logits of %s logits" % logits.dtype.name)
        labels = _tf.cast(labels, logits.dtype)
        input_rank = _tf.rank(logits)
        shape = logits.get_shape()
        if axis != -1:
            _tf.unsupported("tf.nn.softmax_cross_entropy_with_logits(axis=...) other than -1")
        input_shape = _tf.shape(logits)
        precise_logits = _flatten_outer_dims(logits)
        labels = _flatten_outer_dims(labels)
        cost, _ = _tf.softmax_xent(precise_logits, labels, name=name)
        output_shape = _tf.slice(input_shape, [0], [_tf.subtract(input_rank, 1)])
        cost = _tf.reshape(cost, output_shape)
        if shape.ndims is not None:
            dims = shape.as_list()
            del dims[axis]
            cost.set_shape(dims)
        return cost


def softmax_cross_entropy_with_logits(_sentinel=None, labels=None, logits=None, dim=-1, name=None, axis=None):
    # nn_ops.py (TF 1's deprecated form): labels under stop_gradient, then the v2 helper.
    dim = _deprecated_argument_lookup("axis", axis, "dim", dim)
    _ensure_xent_args("softmax_cross_entropy_with_logits", _sentinel, labels, logits)
    with name_scope(name, "softmax_cross_entropy_with_logits_sg", [logits, labels]) as name:
        labels = _tf.stop_gradient(labels, name="labels_stop_gradient")
    return softmax_cross_entropy_with_logits_v2(labels=labels, logits=logits, axis=dim, name=name)


def sparse_softmax_cross_entropy_with_logits(_sentinel=None, labels=None, logits=None, name=None):
    _ensure_xent_args("sparse_softmax_cross_entropy_with_logits", _sentinel, labels, logits)
    with name_scope(name, "SparseSoftmaxCrossEntropyWithLogits", [labels, logits]):
        labels = convert_to_tensor(labels)
        logits = convert_to_tensor(logits)
        if logits.dtype.name == "float16":
            _tf.unsupported("tf.nn.sparse_softmax_cross_entropy_with_logits of float16 logits")
        labels_static_shape = labels.get_shape()
        labels_shape = _tf.shape(labels)
        static_shapes_fully_defined = labels_static_shape.is_fully_defined() and logits.get_shape()[:-1].is_fully_defined()
        ndims = logits.get_shape().ndims
        if ndims is not None and ndims == 0:
            raise ValueError("Logits cannot be scalars - received shape %s." % logits.get_shape())
        if ndims is not None and labels_static_shape.ndims is not None and labels_static_shape.ndims != ndims - 1:
            raise ValueError("Rank mismatch: Rank of labels (received %s) should equal rank of logits minus 1 (received %s)."
                             % (labels_static_shape.ndims, ndims))
        if static_shapes_fully_defined and labels_static_shape != logits.get_shape()[:-1]:
            raise ValueError("Shape mismatch: The shape of labels (received %s) should equal the shape of logits except for "
                             "the last dimension (received %s)." % (labels_static_shape, logits.get_shape()))
        if ndims == 2:
            cost, _ = _tf.sparse_softmax_xent(logits, labels, name=name)
            return cost
        if not static_shapes_fully_defined:
            # The check_ops.assert_equal of the dynamic shapes is not modelled.
            _tf.unsupported("tf.nn.sparse_softmax_cross_entropy_with_logits of rank-%s logits whose shapes are known only at run time" % ndims)
        num_classes = _tf.shape(logits)[_tf.rank(logits) - 1]
        precise_logits = _tf.reshape(logits, [-1, num_classes])
        labels = _tf.reshape(labels, [-1])
        cost, _ = _tf.sparse_softmax_xent(precise_logits, labels, name=name)
        cost = _tf.reshape(cost, labels_shape)
        cost.set_shape(labels_static_shape)
        return cost


# TF 1's forms, which tf.losses calls in every profile.
_sparse_xent_v1 = sparse_softmax_cross_entropy_with_logits

if _tf.profile() == "2":

    def softmax_cross_entropy_with_logits(labels, logits, axis=-1, name=None):
        # nn_ops.py softmax_cross_entropy_with_logits_v2 (TF 2's tf.nn.softmax_cross_entropy_with_logits).
        return softmax_cross_entropy_with_logits_v2(labels=labels, logits=logits, axis=axis, name=name)

    def sparse_softmax_cross_entropy_with_logits(labels, logits, name=None):
        # nn_ops.py sparse_softmax_cross_entropy_with_logits_v2: the v1 body, without the sentinel.
        return _sparse_xent_v1(labels=labels, logits=logits, name=name)

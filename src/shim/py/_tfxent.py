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


if _tf.profile() == "2":
    def sigmoid_cross_entropy_with_logits(labels=None, logits=None, name=None):
        # nn_impl.py sigmoid_cross_entropy_with_logits_v2: no sentinel, the v1 body.
        _ensure_xent_args("sigmoid_cross_entropy_with_logits", None, labels, logits)
        return _sigmoid_xent(labels, logits, name)
else:
    def sigmoid_cross_entropy_with_logits(_sentinel=None, labels=None, logits=None, name=None):
        _ensure_xent_args("sigmoid_cross_entropy_with_logits", _sentinel, labels, logits)
        return _sigmoid_xent(labels, logits, name)

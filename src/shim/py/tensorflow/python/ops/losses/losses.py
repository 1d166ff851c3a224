# tensorflow.python.ops.losses.losses: losses_impl's functions and util's collection helpers (TF's
# losses.py imports both with `*`).
import _tftest
from _tflosses import (Reduction, absolute_difference, add_loss, compute_weighted_loss, cosine_distance, get_losses,
                       get_regularization_loss, get_regularization_losses, get_total_loss, hinge_loss, huber_loss,
                       log_loss, mean_pairwise_squared_error, mean_squared_error, sigmoid_cross_entropy,
                       softmax_cross_entropy, sparse_softmax_cross_entropy)

__getattr__ = _tftest.lazy_module(__name__)

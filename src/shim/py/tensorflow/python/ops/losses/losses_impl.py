# tensorflow.python.ops.losses.losses_impl: the loss functions under their module path.
import _tftest
from _tflosses import (Reduction, absolute_difference, compute_weighted_loss, cosine_distance, hinge_loss, huber_loss,
                       log_loss, mean_pairwise_squared_error, mean_squared_error, sigmoid_cross_entropy,
                       softmax_cross_entropy, sparse_softmax_cross_entropy)

__getattr__ = _tftest.lazy_module(__name__)

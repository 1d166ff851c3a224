# tf.losses: TF 1.15's loss functions (_tflosses.py).
from _tflosses import (Reduction, absolute_difference, add_loss, compute_weighted_loss, cosine_distance, get_losses,
                       get_regularization_loss, get_regularization_losses, get_total_loss, hinge_loss, huber_loss, log_loss,
                       sigmoid_cross_entropy, softmax_cross_entropy, sparse_softmax_cross_entropy,
                       mean_pairwise_squared_error, mean_squared_error)


def __getattr__(name):
    from _tfcore import _missing_attribute
    return _missing_attribute("tensorflow.losses", name)

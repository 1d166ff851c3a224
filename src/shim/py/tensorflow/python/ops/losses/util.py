# tensorflow.python.ops.losses.util: the loss collections' helpers under their module path.
import _tftest
from _tflosses import add_loss, get_losses, get_regularization_loss, get_regularization_losses, get_total_loss

__getattr__ = _tftest.lazy_module(__name__)

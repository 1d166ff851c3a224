# tensorflow.python.client.session: Session and InteractiveSession of tf.*.
import _tftest
from _tfcore import InteractiveSession, Session

__getattr__ = _tftest.lazy_module(__name__)

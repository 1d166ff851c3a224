# tensorflow.python.ops.template: make_template and the Template class of tf.*.
import _tftest
from _tfcore import Template, make_template

__getattr__ = _tftest.lazy_module(__name__)

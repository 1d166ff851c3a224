# `import tensorflow`: TF 1.15's namespace, or TF 2.x's under the `--tf 2` profile.
import _tf

if _tf.profile() == "2":
    from _tfapi_v2 import *
    from _tfapi_v2 import __version__
else:
    from _tfapi import *
    from _tfapi import __version__

from tensorflow import data, errors, gfile, initializers, layers, logging, losses, nn, random, summary, train
from tensorflow import io, python_io
from tensorflow import compat


# api_template_v1.__init__.py 80-90 and lazy_loader.py 37-55: TF 1.15's tf.contrib is a LazyLoader that
# imports tensorflow.contrib on its first attribute use and then logs this warning once.
_CONTRIB_WARNING = """
The TensorFlow contrib module will not be included in TensorFlow 2.0.
For more information, please see:
  * https://github.com/tensorflow/community/blob/master/rfcs/20180907-contrib-sunset.md
  * https://github.com/tensorflow/addons
  * https://github.com/tensorflow/io (for I/O related ops)
If you depend on functionality not listed there, please file an issue.
"""


class _ContribLazyLoader(object):
    def __init__(self):
        self._warning = _CONTRIB_WARNING

    def _load(self):
        import sys
        __import__("tensorflow.contrib")
        module = sys.modules["tensorflow.contrib"]
        globals()["contrib"] = module
        if self._warning:
            from _tftf_logging import _log
            _log("WARNING", self._warning)
            self._warning = None
        return module

    def __getattr__(self, item):
        if item.startswith("__"):
            raise AttributeError(item)
        return getattr(self._load(), item)

    def __dir__(self):
        return dir(self._load())

    def __repr__(self):
        _tf.unsupported("tf.contrib's repr before its first use (TF's LazyLoader module)")


def _new_process():
    # A new document's `tf.contrib` is a fresh LazyLoader again (its warning not yet logged).
    if _tf.profile() == "1.15":
        globals()["contrib"] = _ContribLazyLoader()


def __getattr__(name):
    if name == "contrib" and _tf.profile() == "1.15":
        loader = _ContribLazyLoader()
        globals()["contrib"] = loader
        return loader
    if name in ("feature_column", "lookup") or (name == "contrib" and _tf.profile() != "2"):
        # Loaded on first use, so that every `import tensorflow` does not run their Python (TF 1.x's
        # api_template_v1 makes `contrib` a LazyLoader over tensorflow.contrib too).
        import sys
        __import__("tensorflow." + name)
        return sys.modules["tensorflow." + name]
    from _tfcore import _missing_attribute
    removed = ()
    if _tf.profile() == "2":
        from _tfapi_v2 import REMOVED_IN_V2 as removed
    return _missing_attribute("tensorflow", name, removed)


def __dir__():
    from _tfcore import _module_dir
    return _module_dir("tensorflow", globals())


# Every name of TF's API (_tfsurface.py): the shim's helpers that TF lacks go, and the submodules say
# what TF's do. (The submodules keep their helpers: their functions may use them.)
import _tfsurface
for _m in (data, errors, gfile, initializers, layers, logging, losses, nn, random, summary, train, io, python_io):
    _tfsurface.install(_m)
if _tf.profile() == "2":
    # TF 2's tf.train lacks TF 1's optimizers: the surface's module stands there; the shim's train module
    # (TF 1's, with the optimizers tfscope models) stays tf.compat.v1.train.
    del train
    # Likewise tf.losses: TF 2's is Keras's; TF 1's (the shim's) stays tf.compat.v1.losses.
    del losses
    # Likewise TF 2's tf.data (DatasetV2, no make_one_shot_iterator): the shim's is TF 1's, tf.compat.v1.data.
    del data
    # Likewise tf.io (TF 2's has no tf_record_iterator and parses with parse_single_example_v2); TF 2 has
    # no tf.python_io.
    del io, python_io
_tfsurface.prune(globals(), "tensorflow")
del _m, _tfsurface

# `import tensorflow`: TF 1.15's namespace, or TF 2.x's under the `--tf 2` profile.
import _tf

if _tf.profile() == "2":
    from _tfapi_v2 import *
    from _tfapi_v2 import __version__
else:
    from _tfapi import *
    from _tfapi import __version__

from tensorflow import data, errors, gfile, initializers, layers, losses, nn, random, summary, train
from tensorflow import io, python_io
from tensorflow import compat


def __getattr__(name):
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
for _m in (data, errors, gfile, initializers, layers, losses, nn, random, summary, train, io, python_io):
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

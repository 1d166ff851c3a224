# tf.lookup (TF 1.15's v1 names): the static hash table and its key/value initializer (_tflookup.py);
# TF's other names are stubs that say unsupported, by name.
from _tflookup import KeyValueTensorInitializer, StaticHashTableV1 as StaticHashTable

import sys as _sys
import _tfsurface
_tfsurface.prune(globals(), __name__)
# TF's other names as stubs, TF's AttributeError and dir() (what tensorflow/__init__.py does for its eager submodules).
_tfsurface.install(_sys.modules[__name__])
del _tfsurface, _sys

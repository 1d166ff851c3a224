# tf.feature_column (TF 1.15): the columns and input_layer tfscope models (_tffeature_column.py); TF's other
# names are stubs that say unsupported, by name.
from _tffeature_column import (categorical_column_with_identity, categorical_column_with_vocabulary_list,
                               indicator_column, input_layer, numeric_column)

import sys as _sys
import _tfsurface
_tfsurface.prune(globals(), __name__)
# TF's other names as stubs, TF's AttributeError and dir() (what tensorflow/__init__.py does for its eager submodules).
_tfsurface.install(_sys.modules[__name__])
del _tfsurface, _sys

# tensorflow.python.framework.dtypes: DType, as_dtype and every dtype object, ref types included
# (_tfdtypes.py).
import _tftest
from _tfdtypes import _VALID_ENUMS, DType, as_dtype

# dtypes.py _TYPE_TO_STRING: enum → name, for every DataType of types.proto.
_TYPE_TO_STRING = {enum: DType(enum).name for enum in sorted(_VALID_ENUMS)}
for _name in _TYPE_TO_STRING.values():
    globals()[_name] = as_dtype(_name)
half = float16  # noqa: F821 (set above)
double = float64  # noqa: F821
del _name

__getattr__ = _tftest.lazy_module(__name__)

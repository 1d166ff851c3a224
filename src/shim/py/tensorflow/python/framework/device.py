# tensorflow.python.framework.device: DeviceSpec (V1 under TF 1.x), canonical_name, check_valid. Other
# names load as stubs that raise the unsupported-feature error when used.
import _tftest
from _tfdevice import DeviceSpecV1 as DeviceSpec, canonical_name, check_valid, DeviceSpecV2


def is_device_spec(obj):
    return isinstance(obj, DeviceSpecV2)


__getattr__ = _tftest.lazy_module(__name__)

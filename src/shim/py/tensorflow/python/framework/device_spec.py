# tensorflow.python.framework.device_spec: the DeviceSpec classes.
from _tfdevice import DeviceSpecV1, DeviceSpecV2

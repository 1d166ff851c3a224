# tensorflow.core.framework.variable_pb2: VariableDef and SaveSliceInfoDef (variable.proto, TF 1.15), the
# protos Variable.to_proto writes and Variable(variable_def=...) reads, with protobuf's Python behaviour
# from _tfproto (proto3 defaults, text format in field-number order, HasField, ClearField, MergeFrom).
from _tfproto import _BOOL, _INT, _STR, _Message

_SYNCHRONIZATION = {0: "VARIABLE_SYNCHRONIZATION_AUTO", 1: "VARIABLE_SYNCHRONIZATION_NONE",
                    2: "VARIABLE_SYNCHRONIZATION_ON_WRITE", 3: "VARIABLE_SYNCHRONIZATION_ON_READ"}
_AGGREGATION = {0: "VARIABLE_AGGREGATION_NONE", 1: "VARIABLE_AGGREGATION_SUM", 2: "VARIABLE_AGGREGATION_MEAN",
                3: "VARIABLE_AGGREGATION_ONLY_FIRST_REPLICA"}

# The enums' values as module constants, as protoc's Python output defines them.
for _value, _name in list(_SYNCHRONIZATION.items()) + list(_AGGREGATION.items()):
    globals()[_name] = _value
del _value, _name


class SaveSliceInfoDef(_Message):
    __module__ = "tensorflow.core.framework.variable_pb2"
    _FIELDS = {
        "full_name": (1, _STR, ""),
        "full_shape": (2, ("repeated", _INT), None),
        "var_offset": (3, ("repeated", _INT), None),
        "var_shape": (4, ("repeated", _INT), None),
    }


class VariableDef(_Message):
    __module__ = "tensorflow.core.framework.variable_pb2"
    _FIELDS = {
        "variable_name": (1, _STR, ""),
        "initial_value_name": (6, _STR, ""),
        "initializer_name": (2, _STR, ""),
        "snapshot_name": (3, _STR, ""),
        "save_slice_info_def": (4, SaveSliceInfoDef, None),
        "is_resource": (5, _BOOL, False),
        "trainable": (7, _BOOL, False),
        "synchronization": (8, ("enum", _SYNCHRONIZATION), 0),
        "aggregation": (9, ("enum", _AGGREGATION), 0),
    }

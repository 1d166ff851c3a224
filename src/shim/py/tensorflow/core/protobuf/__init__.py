# Package core.protobuf: its modules are files beside this one.

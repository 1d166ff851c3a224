# Package python.ops: its modules are files beside this one.

# Package python.training: its modules are files beside this one.

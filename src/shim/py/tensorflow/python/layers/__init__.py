# Package python.layers: its modules are files beside this one.

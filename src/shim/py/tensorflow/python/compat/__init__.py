# Package python.compat: its modules are files beside this one.

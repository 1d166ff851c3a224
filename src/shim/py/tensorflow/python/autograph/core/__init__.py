# Package python.autograph.core: its modules are files beside this one.

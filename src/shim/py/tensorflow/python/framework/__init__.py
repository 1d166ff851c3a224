# Package python.framework: its modules are files beside this one.

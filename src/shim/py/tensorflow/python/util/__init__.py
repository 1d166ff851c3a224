# Package python.util: its modules are files beside this one.

# Package python.autograph: its modules are files beside this one.

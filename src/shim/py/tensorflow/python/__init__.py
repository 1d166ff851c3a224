# Package python: its modules are files beside this one.

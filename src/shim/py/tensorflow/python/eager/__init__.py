# Package python.eager: its modules are files beside this one.

# Package python.client: its modules are files beside this one.

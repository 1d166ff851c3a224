# Package python.platform: its modules are files beside this one.

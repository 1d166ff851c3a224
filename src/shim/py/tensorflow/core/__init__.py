# Package core: its modules are files beside this one.

# Package core.framework: its modules are files beside this one.

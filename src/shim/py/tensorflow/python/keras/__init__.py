# Package python.keras: its modules are files beside this one.

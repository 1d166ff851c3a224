# Package python.keras.engine: its modules are files beside this one.

# dir() of a module: its namespace's keys, or its own __dir__() (PEP 562), sorted.
import types
m = types.ModuleType("mod")
m.b = 1
m.a = 2
print(dir(m))
m.__dir__ = lambda: ["z", "y", "x"]
print(dir(m))
m.__getattr__ = lambda name: name.upper()
print(m.anything, hasattr(m, "other"))

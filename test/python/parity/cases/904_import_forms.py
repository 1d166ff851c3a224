# __import__'s fromlist (the named module itself, not its top package) and `from m import *` over a
# module's __all__ (a missing name raises) and over a PEP 562 __getattr__ without __all__ (the names).
import sys
import types

pkg = types.ModuleType("pkg")
pkg.__path__ = []
sub = types.ModuleType("pkg.sub")
sub.value = 3
pkg.sub = sub
sys.modules["pkg"] = pkg
sys.modules["pkg.sub"] = sub
print(__import__("pkg.sub").__name__)
print(__import__("pkg.sub", fromlist=["value"]).__name__)
print(__import__("pkg.sub", globals(), None, ["*"], 0).__name__)
print(__import__("pkg", fromlist=[]).__name__)
print(__import__("pkg", fromlist=["sub"]).sub.value)

m2 = types.ModuleType("m2")
m2.x = 1
m2._y = 2


def _missing(name):
    raise AttributeError("module 'm2' has no attribute %r" % name)


m2.__getattr__ = _missing
sys.modules["m2"] = m2
from m2 import *
print(x, "_y" in dir())

m1 = types.ModuleType("m1")
m1.__all__ = ["a", "missing"]
m1.a = 1
sys.modules["m1"] = m1
try:
    from m1 import *
except AttributeError as e:
    print("AttributeError:", e)
print(a)

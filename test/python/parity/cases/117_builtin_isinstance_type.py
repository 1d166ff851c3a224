print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", (str, bytes)))
print(issubclass(bool, int), issubclass(int, (str, object)), type(1) is int, type(True) is int)
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), type(b) is A, type(b).__name__, type(b).__mro__[1].__name__)
print(type("Dyn", (A,), {"x": 5})().x, type("Dyn", (), {}).__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)

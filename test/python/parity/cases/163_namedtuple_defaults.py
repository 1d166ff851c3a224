import collections

Spec = collections.namedtuple("Spec", "name shape dtype", defaults=(None, "float32"))
s = Spec("x")
print(s, s.shape, s.dtype, Spec("y", (2,)), len(s))
print(Spec._fields, Spec._field_defaults)
print(s._replace(dtype="int32"), tuple(s), s == ("x", None, "float32"))
a, b, c = Spec("z", [1], "bool")
print(a, b, c)
try:
    Spec()
except TypeError as e:
    print(e)

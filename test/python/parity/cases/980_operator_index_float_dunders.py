# operator.index is PyNumber_Index: ints (bools become exact ints), __index__ of other classes checked
# to return an int, a TypeError for everything else; float has no bitwise dunders at all.
import operator


class I:
    def __index__(self):
        return 7


class Bad:
    def __index__(self):
        return "x"


for v in [True, 3, -2**70, I(), 2.0, "s", Bad(), None]:
    try:
        r = operator.index(v)
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: operator.index(), lambda: operator.index(1, 2), lambda: operator.index(a=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(repr(operator.index))
for name in ["__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__add__", "__pow__", "__rpow__"]:
    print(name, hasattr(2.0, name), hasattr(2, name))
for f in [lambda: 2.0 & 1, lambda: 1 | 2.0, lambda: 2.0 << 1, lambda: True ^ 1.5]:
    try:
        f()
    except TypeError as e:
        print(e)
operator.index(1.5)

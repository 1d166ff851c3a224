# str(x), int(x) and float(x) with one positional argument (called without an argument array): the
# same values, exceptions, messages and tracebacks as the general call of the type.
class WithStr:
    def __str__(self):
        return "with-str"

class BadStr:
    def __str__(self):
        return 42

class Raising:
    def __str__(self):
        raise KeyError("inside __str__")

class WithInt:
    def __int__(self):
        return 7

class WithIndex:
    def __index__(self):
        return 8

class WithFloat:
    def __float__(self):
        return 2.5

def strs(i):
    return [str(i), str(i % 7), str(-i), str(2**70), str(1.5), str(True), str(None), str("s"), str(b"b"),
            str([1, "a"]), str((1,)), str({1: 2}), str(WithStr()), str(1e100), str(-0.0)]

def ints(s):
    return [int(s), int("  -12  "), int(3.99), int(-3.99), int(True), int(2**70), int(WithInt()),
            int(WithIndex()), int("1_000"), int(1e20), int(s + "0")]

def floats(s):
    return [float(s), float(3), float("1e500"), float("-inf"), float(" nan "), float(True), float(WithFloat()),
            float(2**70), float("1_0.5")]

print(strs(12))
print(ints("42"))
print(floats("0.25"))

def attempt(fn, *args):
    try:
        print(fn(*args))
    except Exception as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno if e.__traceback__.tb_next else None)

def s1(x):
    return str(x)

def i1(x):
    return int(x)

def f1(x):
    return float(x)

for fn, arg in [(s1, BadStr()), (s1, Raising()), (i1, "x1"), (i1, "1.5"), (i1, None), (i1, [1]), (i1, float("inf")),
                (i1, float("nan")), (i1, ""), (f1, "x"), (f1, None), (f1, "1e"), (f1, 10**400), (i1, WithFloat())]:
    attempt(fn, arg)

def shadowed(x):
    str = len
    return str(x)

print(shadowed("four"), type(3), type("x")(5), str.__name__)

def unbound():
    if False:
        v = 0
    return str(v)

attempt(unbound)

def outer(x):
    return [str(x), int(x)]

outer("z9")

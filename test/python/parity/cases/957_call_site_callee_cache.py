# One call site seeing different callees in turn: Python functions (matching and not matching the
# argument count), builtins of one argument, builtin types, Python classes, and objects that are
# not callable; the path each takes is remembered per callee.
class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Point({self.x})"


class Callable:
    def __call__(self, *a):
        return ("called", a)


def one(x):
    return ("one", x)


def two(x, y=5):
    return ("two", x, y)


def gen(x):
    yield x


def star(*a):
    return a


callees = [one, two, abs, len, str, int, float, Point, Callable(), star, one, Point, abs, two, ValueError, list, gen]
for c in callees:
    try:
        r = c(-3) if c is not len else c("abc")
        print(type(r).__name__, r if not hasattr(r, "__next__") else next(r))
    except Exception as e:
        print("error", type(e).__name__, e)

# The same site, a callee that stops being callable or changes its class.
def call_it(c, v):
    return c(v)

for c in [one, 1, None, one, "s", Point, abs]:
    try:
        print(call_it(c, 7))
    except TypeError as e:
        print("TypeError", e)

class Later:
    pass

for i in range(3):
    try:
        print(call_it(Later, i))
    except TypeError as e:
        print("TypeError", e)
    Later.__init__ = lambda self, v: setattr(self, "v", v)
    print(call_it(Later, i).v)
    del Later.__init__

# A builtin type's `one` and a class with its own __new__.
class N:
    def __new__(cls, v):
        return ("new", cls.__name__, v)

for c in [int, N, str, N, float]:
    print(call_it(c, 3))

# Tracebacks through the cached paths.
def bad(x):
    return 1 / x

for c in [bad, one, bad]:
    try:
        call_it(c, 0)
    except ZeroDivisionError as e:
        import traceback
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print("ZeroDivisionError", lines)
    else:
        print("no error")

call_it(bad, 0)

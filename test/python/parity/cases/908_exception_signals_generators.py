# Python function calls raising inside try bodies of generators (without and with yields), at a
# generator's return under finally, after send(), inside a suppressing with block, and through plain
# functions' top-level statements: caught where CPython catches them, with its traceback lines.
def bad(x):
    if x % 2:
        raise ValueError(x)
    return x
def g(n):
    r = None
    for i in range(n):
        try:
            r = bad(i)
        except ValueError as e:
            r = ("caught", e.args, e.__traceback__.tb_next.tb_lineno)
        yield r
    try:
        return bad(1)
    finally:
        yield "finally"
def h():
    x = yield 1
    try:
        y = bad(x)
    except ValueError:
        y = "sent-bad"
    yield y
it = g(4)
try:
    print(list(it)[:5])
except ValueError as e:
    print("list raised", repr(e))
try:
    list(g(1))
except ValueError as e:
    print("gen raised", repr(e))
k = h()
print(next(k), k.send(3))
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return True
def w():
    with Ctx():
        v = bad(3)
    return "after with"
print(w())
def top():
    bad(5)
def mid():
    top()
    return 1
import sys
try:
    mid()
except ValueError as e:
    t = e.__traceback__
    out = []
    while t:
        out.append(t.tb_lineno); t = t.tb_next
    print(out, sys.exc_info()[1] is e)
print(sys.exc_info())

# list.append(x) at a method call site (the item appended without an argument array) and classes of
# exceptions that keep BaseException's __init__ (built by their builtin base at a construction site):
# the same values, messages and tracebacks, also after the class changes.
class Invalid(ValueError):
    pass

class Missing(KeyError):
    pass

class Disk(OSError):
    pass

class Stop(StopIteration):
    pass

class Leave(SystemExit):
    pass

class Custom(Exception):
    def __init__(self, a, b=2):
        super().__init__(a + b)

class Made(Exception):
    def __new__(cls, *args):
        e = super().__new__(cls, *args)
        e.tag = "new"
        return e

def build(i):
    out = []
    for make in (lambda: Invalid(i), lambda: Invalid(), lambda: Invalid(i, "two"), lambda: Missing("k"),
                 lambda: Disk(2, "No such file"), lambda: Disk("one"), lambda: Stop(5), lambda: Leave(3),
                 lambda: Custom(i), lambda: Made(i)):
        e = make()
        out.append((type(e).__name__, e.args, str(e), repr(e)))
    d = Disk(2, "gone")
    out.append((d.errno, d.strerror, Stop(7).value, Leave(4).code, Made(1).tag))
    return out

for row in build(1):
    print(row)

def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)

attempt(lambda: Invalid(1 / 0))

def count(n):
    caught = 0
    for i in range(n):
        try:
            raise Invalid(i)
        except ValueError as e:
            caught += e.args[0]
    return caught

print(count(10))
Invalid.__init__ = lambda self, *a: ValueError.__init__(self, "changed", *a)
print(count.__name__, Invalid(3).args)
del Invalid.__init__
print(Invalid(4).args)
Invalid.__new__ = lambda cls, *a: "not an exception"
print(Invalid(5))
del Invalid.__new__
print(repr(Invalid(6)))

class Log(list):
    pass

class Loud(list):
    def append(self, x):
        print("append", x)
        super().append(x * 10)

def appends(items):
    for i in range(3):
        items.append(i)
        items.append(str(i))
    return items

print(appends([]), appends(Log()), appends(Loud()), type(appends(Log())).__name__)

def order():
    seen = []
    def recv():
        seen.append("receiver")
        return seen
    def arg():
        seen.append("argument")
        return 1
    recv().append(arg())
    return seen

print(order())

class Holder:
    def __init__(self):
        self.items = []

h = Holder()
h.items.append(h.items)
print(h.items)

def failing(items):
    items.append(1 / 0)

failing([])

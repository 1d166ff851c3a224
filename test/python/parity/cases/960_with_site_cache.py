# One `with` statement seeing managers of several classes in turn, recursion through it with another
# class, class methods replaced or deleted between and during runs, and instance attributes (which
# special-method lookup ignores).
log = []


class A:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        log.append(("A.enter", self.tag))
        return self.tag

    def __exit__(self, t, e, tb):
        log.append(("A.exit", self.tag, t.__name__ if t else None))
        return False


class B:
    def __enter__(self):
        log.append("B.enter")
        return "b"

    def __exit__(self, t, e, tb):
        log.append(("B.exit", t.__name__ if t else None))
        return True


class NoExit:
    def __enter__(self):
        return 1


def use(mgr, depth=0, fail=False):
    with mgr as v:
        log.append(("body", v))
        if depth > 0:
            use(B() if depth % 2 else A(depth), depth - 1, fail)
        if fail:
            raise ValueError("inner")
    return v


for m in [A(1), A(2), B(), A(3)]:
    print(use(m))
print(use(A("r"), 3))
try:
    print(use(A("f"), 2, True))
except ValueError as e:
    print("ValueError", e)
print(log)
log.clear()

# The class's __exit__ replaced inside the body: the one looked up at entry runs.
def swap_exit():
    def other_exit(self, t, e, tb):
        log.append("other exit")
    A.__exit__ = other_exit

a = A("s")
with a:
    swap_exit()
print(log)
log.clear()
with a:
    pass
print(log)
del A.__exit__
for m in [a, B(), NoExit(), 5, None]:
    try:
        use(m)
        print("ok", type(m).__name__)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
A.__exit__ = lambda self, *a: log.append("lambda exit")
log.clear()
use(a)
print(log)

# Instance attributes named __enter__/__exit__ are not what `with` calls.
b = B()
b.__enter__ = lambda: "instance"
b.__exit__ = lambda *a: False
log.clear()
print(use(b), log)

use(NoExit())

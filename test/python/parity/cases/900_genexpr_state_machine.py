# Generator expressions run as flat state machines: nested clauses, filters, exhaustion, throw/close,
# errors raised while iterating, and tracebacks through them.
import traceback

g = (x * y for x in range(4) for y in range(x) if y != 1)
print(list(g), list(g))
print([(a, b, c) for a, b, c in ((a, b, c) for a in range(3) for b in range(a) for c in range(b))])
g = (x for x in [1, 2, 3])
print(next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("caught", e)
print(list(g))
g = (1 / x for x in [1, 0, 2])
try:
    print(list(g))
except ZeroDivisionError as e:
    print("zde", e)
print(list(g))
g = (x for x in [])
g.close()
print(list(g))
g = (x for x in range(3))
print(next(g))
g.close()
print(list(g))
print(sum(x for x in range(10) if x & 1), any(x > 5 for x in range(10)), max(x % 7 for x in range(50)))
g = (x for x in range(3))
print(g.send(None))
try:
    g.send(5)
except Exception as e:
    print(type(e).__name__)
g = (x for x in range(3))
try:
    g.send(1)
except TypeError as e:
    print(e)
g = (x for x in range(3))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("not started", repr(e), list(g))
outer = [[1, 2], [], [3]]
g = (v for row in outer for v in row)
outer.append([4])
print(list(g))
it = iter([1, 2, 3])
g = (x for x in it)
print(next(g), next(it), list(g))


def bad():
    return list(1 / (k - 1) for k in range(3))


try:
    bad()
except ZeroDivisionError:
    traceback.print_exc()
g = (undefined_name for _ in range(1))
try:
    next(g)
except NameError:
    traceback.print_exc()

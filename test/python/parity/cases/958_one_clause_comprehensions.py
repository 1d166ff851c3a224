# Comprehensions of one `for` clause (list, set, dict) over lists, ranges, generators and custom
# iterators, with and without conditions, tuple targets, and errors raised at each step.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def g(n):
    for i in range(n):
        yield i * 2


order = []


def note(tag, v):
    order.append((tag, v))
    return v


print([x * x for x in range(10) if x % 3])
print([x for x in [3, 1, 2]])
print([x for x in Countdown(5) if x != 2])
print([x + 1 for x in g(4)])
print({x % 4 for x in range(20) if x & 1})
print({x: i for i, x in enumerate("abcab")})
print({note("k", x): note("v", -x) for x in range(3) if note("if", x) != 1})
print(order)
print([(a, b) for a, b in [(1, 2), [3, 4], "xy"]])
print({a: b for a, b in zip("abc", range(3))})
print([x for x in ()], {x for x in ()}, {x: x for x in ()})
print([y for x in range(3) for y in range(x)])
print([[x, y] for x in range(2) if x for y in "ab" if y != "a"])
obj = type("O", (), {})()
print([setattr(obj, "a", x) or obj.a for x in range(3)])
print([x for x, in [(1,), [2]]])

# Errors: unpacking, unhashable keys, raising conditions and elements, non-iterables.
tests = [
    lambda: [a for a, b in [(1, 2), (1, 2, 3)]],
    lambda: [a for a, b in [(1,)]],
    lambda: [a for a, b in [5]],
    lambda: [a for a, b in ["abc"]],
    lambda: [a for a, b in [g(5)]],
    lambda: [a for a, b in [g(1)]],
    lambda: {[x]: 1 for x in range(2)},
    lambda: {[x] for x in range(2)},
    lambda: {x: [][x] for x in range(2)},
    lambda: [1 / x for x in [2, 1, 0, 5]],
    lambda: [x for x in [1, 0] if 1 / x],
    lambda: [x for x in 5],
    lambda: {x for x in None},
    lambda: {x: 1 for x in 1.5},
    lambda: [x for x in Countdown(-1) if x > -3 or 1 / 0],
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)


def f(items):
    return {k: 10 // k for k in items}


try:
    f([5, 2, 0])
except ZeroDivisionError:
    import traceback
    traceback.print_exc()

print([x for x in range(3) if x if x > 1])
[q for q in [1, 2] if [][q]]

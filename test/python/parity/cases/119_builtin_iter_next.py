it = iter([10, 20, 30])
print(next(it), next(it))
print(list(it), next(it, "done"))
s = iter("ab")
print(next(s), next(s), next(s, None))
calls = iter(range(3))
print(list(iter(lambda: next(calls), 2)))
d = iter({"x": 1, "y": 2})
print(sorted(d))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))

square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
fs = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print((lambda *a, **k: (a, k))(1, z=2))
print(square.__name__)

first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[u, v] = "xy"
print(u, v)
for i, (k, val) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, val)
head, *tail = [9]
print(head, tail)
x = [*range(3), *"ab"]
print(x)
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
print(*[1, 2, 3], sep="-")

# Loops, comprehensions and generator expressions over lists, tuples and ranges while the list
# changes under them (appends, slice assignment, clear), ranges with steps, and nested clauses.
items = [1, 2, 3]
for x in items:
    if len(items) < 6:
        items.append(x * 10)
print(items)
seen = []
data = [1, 2, 3, 4]
for x in data:
    seen.append(x)
    if x == 2:
        data[:] = [7, 8, 9, 10, 11]
print(seen, data)
grow = [1, 2]
print([g for g in grow if len(grow) < 8 and grow.append(g) is None], grow)
shrink = [1, 2, 3, 4, 5]
print([s for s in shrink if shrink.pop() is not None])
gen = (x * 2 for x in [3, 4, 5])
print(next(gen), list(gen))
lst = [0, 1]
g2 = (x for x in lst)
lst.append(2)
print(list(g2), list(x for x in ()), [y for y in (5, 6)])
print([i for i in range(10, 0, -3)], [i for i in range(5, 5)], {i % 2 for i in range(-4, 4, 3)})
print([(a, b) for a in range(3) for b in [a, a + 1] if b % 2], sum(x for x in range(0, 100, 7) if x & 1))
print([c for c in "héllo"], [b for b in b"ab"], [k for k in {"a": 1, "b": 2}])
pairs = [(1, "a"), (2, "b")]
print({k: v for k, v in pairs}, [v for _, v in pairs])
it = iter([1, 2, 3])
print(next(it), [x for x in it], [x for x in it])
clear = [1, 2, 3]
print([clear.clear() or x for x in clear], clear)

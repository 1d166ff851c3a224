t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t + (4,), t * 2, len(t), 2 in t)
single = (5,)
empty = ()
print(single, empty, type(single).__name__, (1, 2) < (1, 3), max(t))
a, b = (1, 2)
nested = ((1, 2), (3, 4))
print(nested[1][0], [x for pair in nested for x in pair])
try:
    t[0] = 9
except TypeError as e:
    print(e)
print(tuple(reversed(t)), sorted(t), hash((1, 2)) == hash((1, 2)))

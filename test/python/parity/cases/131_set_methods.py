a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([2, 3, 5])), a.isdisjoint({7}), {1, 2} <= a, a >= {1}, {1} < a)
a.add(10)
a.discard(99)
a.remove(1)
print(sorted(a))
s = {5}
print(s.pop(), s, len(set()), set() == set(), {1, 2} == {2, 1})
fs = frozenset([1, 2])
print(sorted(fs), type(fs | {3}).__name__, fs.issubset({1, 2, 3}))
c = {1, 2}
c |= {3}
c -= {1}
c &= {2, 3, 4}
print(sorted(c))
print(set(), frozenset(), {0}, repr({1}))
try:
    set().remove(1)
except KeyError as e:
    print("KeyError", e)

# A set iterates in the order of CPython's hash table (Objects/setobject.c): slots by hash, linear
# probes, perturbation, dummies left by deletions, resizes; displays of constants are built through
# a frozenset constant. Strs hash with SipHash-1-3 (the cases run with PYTHONHASHSEED=0).
print({9, 2}, {3, 1, 2}, {-1, 8, 16}, {1114, 27, 970})
print({2**61 - 1, 2**61, 2**64 + 3, -(2**63), 10**20, -2, 0.5, 1e20, (5, 3), True})
a = {7, 4294967301, 12, 19, 868, 55}
b = {x * 7 for x in range(9)}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union([1, 2]), a.intersection(range(50)), a.difference(range(20)), a.symmetric_difference([7, 99]))
s = set(range(28))
s.add(56)
s.difference_update(range(60))
s.update(range(8))
print(list(s))
s = {5}
s.discard(5)
s.add(13)
s.add(5)
print(s, s.pop(), s)
t = set(range(8))
for i in range(8):
    t.discard(i)
t.add(0)
t.add(1)
print(list(t), frozenset(t), t.copy())
u = set(range(40))
u -= set(range(35))
print(u, set({64: 1, 32: 2, 1: 3}), {*range(3), *{40, 8}, 17})
u &= {36, 39, 100}
u |= {1, 2, 3}
u ^= {2, 200}
print(u)
print({"zeta", "alpha"}, set("hello world"), {b"ab", b"cd", "xy"}, hash("abc"), hash(b"abc"))

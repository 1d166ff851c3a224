# Sorting lists of ints or strs (by themselves or by int/str keys): the order, stability with equal
# keys (reverse too), and what falls back to the general sort (bools, floats, mixed types, errors).
import random

rng = random.Random(7)
ints = [rng.randrange(-50, 50) for _ in range(300)]
print(sorted(ints)[:12], sorted(ints, reverse=True)[:12], sorted(ints) == sorted(ints, key=lambda x: x))
strs = ["k%d" % rng.randrange(1000) for _ in range(200)] + ["", "a", "B", "é", "ß", "Z", "zz", "a"]
print(sorted(strs)[:10], sorted(strs, reverse=True)[:5])
small = [3, 1, 2, 1, 3]
small.sort()
print(small, sorted(["b", "a", "c", "a"]), sorted([]), sorted([5]), sorted([2, 1]))

# Equal keys keep their order, forwards and reversed.
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "grape", "yam", "nut"] * 9
print(sorted(words, key=len)[:12])
print(sorted(words, key=len, reverse=True)[:12])
pairs = [(rng.randrange(5), i) for i in range(120)]
by_first = sorted(pairs, key=lambda p: p[0])
print(by_first[:8], all(a[1] < b[1] for a, b in zip(by_first, by_first[1:]) if a[0] == b[0]))
rev = sorted(pairs, key=lambda p: p[0], reverse=True)
print(rev[:8], all(a[1] < b[1] for a, b in zip(rev, rev[1:]) if a[0] == b[0]))
print(sorted(words, key=lambda w: w[-1])[:10], sorted(words, key=lambda w: w[-1], reverse=True)[:6])

# Big ints, bools and floats mixed in: the general comparisons.
print(sorted([10**20, -5, 3, 2**70, 0]), sorted([True, 0, -1, False, 2]), sorted([1.5, 1, 0.5, 2]))
print(sorted([3, 1.0, 1, 2]), sorted([1, 1.0, True]), sorted([2.0, 1, 1.0]))

# Incomparable items fail as CPython's sort does.
for bad in ([1, "a"], ["a", 1, "b"], [None, 1], [1, 2, "x", 3]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([1, 2, 3], key=lambda x: "a" if x == 2 else x)
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
lst.sort(key=None, reverse=False)
print(lst)
try:
    lst.sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)

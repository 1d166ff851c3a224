# Adding to a set an int or str equal to a key already there (the first key stays, in its place),
# beside floats and bools equal to ints, and dict comprehensions overwriting a value in place.
s = {1.0, "a", 2}
s.add(1)
s.add("a")
s |= {2, 2.0, True}
print(s, [type(x).__name__ for x in s])
t = {True, 1, 1.0, 0, False, 0.0}
print(t, {x % 3 for x in range(10)}, {x for x in "abcabc"} == set("abc"))
u = set()
for k in [5, 5.0, "x", "x", 5]:
    u.add(k)
print(u, len(u), [type(x).__name__ for x in u])
d = {x % 4: x for x in range(10)}
print(d, {1.0: "a", 1: "b", True: "c"}, {k: v for k, v in [(1.0, "a"), (1, "b")]})
e = {"k": 0}
for w in ["k", "j", "k"]:
    e[w] = e.get(w, 0) + 1
print(e, list(e))
print({frozenset([1]), frozenset([1.0])}, {(1, "a"), (1.0, "a")})

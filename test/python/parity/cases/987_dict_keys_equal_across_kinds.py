# A key of a class hashing and comparing like a str or an int finds, replaces and deletes the str or
# int key it equals, and the other way round; __hash__'s int result is the hash as it is.
class K:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        return self.s == other or (isinstance(other, K) and other.s == self.s)

    def __repr__(self):
        return "K(%r)" % (self.s,)


print(hash(K("a")) == hash("a"), hash(K(-1)), hash(K(2 ** 70)) == hash(2 ** 70))
d = {"s": 1, 2: "two"}
print(d.get(K("s")), K("s") in d, d[K(2)])
d[K("s")] = 5
print(d, len(d))
e = {K("a"): 1, (1, 2): "t"}
print(e.get("a"), "a" in e, e[(1, 2)])
e["a"] = 7
print(e, len(e))
del e["a"]
print(e)
g = {"k": 1, "j": 2, 3: 4}
del g[K("k")]
print(g, g.pop(K("j")), g, g.pop(K(3)), g)
print({K("x")} == {"x"}, "x" in {K("x")}, K("x") in {"x", "y"}, len({K("x"), "x"}), {"x", K("x")})
s = {1, 2}
s.discard(K(1))
print(s, {K(2)} - {2}, {2} & {K(2)})

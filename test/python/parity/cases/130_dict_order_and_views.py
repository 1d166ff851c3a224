d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
print(list(d))
del d["alpha"]
d["alpha"] = 0
print(list(d), list(reversed(d)))
print(d.keys() & {"mid", "x"}, sorted(d.keys() | {"q"}), d.keys() - {"mid"})
print(repr(d.keys()), repr(d.values()), repr(d.items()))
print({1: "a", True: "b", 1.0: "c"})
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)

d = {"a": 1, "b": 2}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z", 0), d.pop("b"), d.pop("z", "none"), d)
print(d.setdefault("a", 9), d.setdefault("n", []), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(d.popitem(), len(d), "x" in d, "q" not in d)
c = d.copy()
c.clear()
print(c, dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
print(d | {"new": 1}, {**d, "a": 100}["a"])
for k, v in sorted(d.items()):
    print(k, v, end="; ")
print()
keys = d.keys()
d["later"] = 1
print("later" in keys, len(keys))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)

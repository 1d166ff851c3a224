d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    d[("t", 1)]
except KeyError as e:
    print(e)
try:
    {}[""]
except KeyError as e:
    print(e)
print(d.get("b"), d.get("b", 0))
d["zz"]

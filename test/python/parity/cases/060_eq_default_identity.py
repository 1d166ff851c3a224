class P:
    pass

a, b = P(), P()
print(a == a, a == b, a != b, a is a)
print(len({a, b, a}))
d = {a: "first"}
d[a] = "second"
print(len(d), d[a])
print([a, b].index(b), b in [a], a in [a])

a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "x"
s += "y"
print(s)
d = {"n": 0}
d["n"] += 5
d.setdefault("l", []).append(1)
print(d)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
m = [[0, 0], [0, 0]]
m[1][0] += 3
print(m)

# Instance attributes: insertion order, reassignment, deletion, many names, many shapes, a live
# __dict__, and attribute sites that see each of these (each site below runs in a loop).
import copy


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "method"


def xs(objs):
    return [o.x for o in objs]


ps = [P(i, -i) for i in range(4)]
print(xs(ps), [vars(p) for p in ps])

# Same names, another order: another layout, same reads.
q = P.__new__(P)
q.y = 5
q.x = 6
print(vars(q), xs(ps + [q]))

# Reassignment keeps the place; delete and re-add moves to the end.
p = ps[0]
p.x = 10
print(list(vars(p)))
del p.x
print(list(vars(p)), hasattr(p, "x"))
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 11
print(list(vars(p)), xs(ps))
try:
    del p.z
except AttributeError as e:
    print("AttributeError:", e)

# An instance attribute shadows a method at a call site, and unshadows it when deleted.
calls = []
for o in ps:
    calls.append(o.m())
ps[2].m = lambda: "instance"
for o in ps:
    calls.append(o.m())
del ps[2].m
for o in ps:
    calls.append(o.m())
print(calls)

# Through __dict__: writes, deletes, clear and update show at the sites, and the other way round.
d = ps[1].__dict__
d["x"] = 100
d["w"] = "w"
print(xs(ps), ps[1].w, d)
ps[1].v = 1
print(d, len(d), "v" in d)
d.pop("w")
print(vars(ps[1]), d.get("w"))
d.update({"y": 7, "u": 8})
print(vars(ps[1]))
d.clear()
print(vars(ps[1]), hasattr(ps[1], "x"))
ps[1].y = 1
ps[1].x = 2
print(vars(ps[1]), xs(ps))

# Many names: more than a shared layout holds.
big = P(0, 0)
for i in range(60):
    setattr(big, "a%d" % i, i)
print(len(vars(big)), list(vars(big))[:4], list(vars(big))[-2:], big.a59, big.x)
for i in range(0, 60, 2):
    delattr(big, "a%d" % i)
big.a0 = "again"
print(len(vars(big)), list(vars(big))[:4], list(vars(big))[-2:])

# Many shapes from one class: each instance with a name of its own.
objs = []
for i in range(40):
    o = P(i, i)
    setattr(o, "k%d" % i, i)
    objs.append(o)
print(sum(getattr(o, "k%d" % i) for i, o in enumerate(objs)), xs(objs)[-3:], list(vars(objs[-1])))
for i, o in enumerate(objs):
    o.x = -i
print(xs(objs)[-3:], vars(objs[39]))

# Deleting in the middle, then the sites again.
for o in objs[:5]:
    del o.x
    o.x = "late"
print(xs(objs)[:6], [list(vars(o)) for o in objs[:2]])

# copy and deepcopy of an instance.
c = copy.copy(ps[3])
c.x = "copy"
dc = copy.deepcopy(ps[3])
print(vars(c), vars(dc), vars(ps[3]))

# Equal layouts in two classes stay apart.
class Q:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "Q"


print([o.m() for o in [P(1, 2), Q(1, 2), P(3, 4)]], xs([P(1, 2), Q(3, 4)]))

# Attribute stores and augmented assignments whose object is a local variable: unbound locals,
# objects of several classes through one statement, __setattr__, slots, and a missing attribute.


class Plain:
    def __init__(self):
        self.n = 0


class Logged:
    def __init__(self):
        object.__setattr__(self, "n", 10)

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


class Slotted:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 100


def bump(objs):
    for o in objs:
        o.n += 1
        o.last = o.n
    return [(type(o).__name__, o.n) for o in objs if hasattr(o, "n")]


def unbound():
    try:
        x.a = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        x.a += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = Plain()
    x.a = 1
    x.a += 1
    return x.a


print(unbound())
print(bump([Plain(), Plain(), Logged()]))
try:
    print(bump([Plain(), Slotted()]))
except AttributeError as e:
    print("AttributeError:", e)


def grow(o):
    o.count += 1


grow(Plain())

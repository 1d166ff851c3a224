# Attribute sites that have cached a class meet: __slots__, properties and data descriptors added to
# the class later, __setattr__ and __getattr__ defined later, and class attributes shadowed later.


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def reads(objs):
    return [o.a for o in objs]


ss = [S(i) for i in range(3)]
print(reads(ss))
for o in ss:
    o.b = o.a * 2
print([o.b for o in ss])
try:
    ss[0].c = 1
except AttributeError as e:
    print("AttributeError:", e)
del ss[1].a
try:
    print(reads(ss))
except AttributeError as e:
    print("AttributeError:", e)
ss[1].a = "back"
print(reads(ss), hasattr(ss[0], "__dict__"))


class T:
    kind = "class"

    def __init__(self, v):
        self.v = v


def kinds(objs):
    return [o.kind for o in objs]


def store(objs, value):
    for o in objs:
        o.v = value


ts = [T(i) for i in range(3)]
print(kinds(ts))
ts[1].kind = "instance"
print(kinds(ts))
T.kind = "changed"
print(kinds(ts))
store(ts, 1)
print([o.v for o in ts])

# A property added to the class after the sites cached plain instance reads and stores.
log = []


def get_v(self):
    log.append("get")
    return self.__dict__["v"] * 10


def set_v(self, value):
    log.append("set")
    self.__dict__["v"] = value


T.v = property(get_v, set_v)
store(ts, 2)
print([o.v for o in ts], log)
del T.v
print([o.v for o in ts])


# __setattr__ and __getattr__ added after caching.
def setattr_hook(self, name, value):
    log.append(("setattr", name))
    object.__setattr__(self, name, value)


T.__setattr__ = setattr_hook
store(ts, 3)
print(log[-3:], [o.v for o in ts])
del T.__setattr__
store(ts, 4)
T.__getattr__ = lambda self, name: "fallback " + name


def missing(objs):
    return [o.missing for o in objs]


print(missing(ts))
del ts[0].v
print([o.v for o in ts])


# A data descriptor of our own, and a non-data one shadowed by the instance.
class Desc:
    def __get__(self, obj, owner=None):
        return "desc" if obj is not None else self

    def __set__(self, obj, value):
        log.append(("desc set", value))


class NonData:
    def __get__(self, obj, owner=None):
        return "nondata"


class U:
    d = Desc()
    n = NonData()

    def __init__(self):
        self.d = 1
        self.n = 2


us = [U() for _ in range(2)]
print([(o.d, o.n) for o in us], log[-2:], vars(us[0]))
del us[0].n
print([o.n for o in us])

# Attribute errors keep CPython's messages.
try:
    ts[0].__class__.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    S(1).__dict__
except AttributeError as e:
    print("AttributeError:", e)

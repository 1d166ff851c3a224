class Obj:
    a = 1
    def __init__(self):
        self.b = 2

o = Obj()
print(hasattr(o, "a"), hasattr(o, "b"), hasattr(o, "c"))
print(getattr(o, "a"), getattr(o, "c", None))
setattr(o, "c", 3)
print(o.c, vars(o))
delattr(o, "b")
print(vars(o))
print([n for n in dir(o) if not n.startswith("_")])
try:
    getattr(o, "zzz")
except AttributeError as e:
    print(e)
print(callable(o), callable(Obj), callable(getattr))

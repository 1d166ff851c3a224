class Namespace:
    def __init__(self, **members):
        self.__dict__.update(members)

    def __repr__(self):
        items = ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))
        return "Namespace(%s)" % items

ns = Namespace(a=1, b="two")
print(ns, ns.a, getattr(ns, "b"), sorted(vars(ns)))
ns.__dict__["c"] = [3]
print(ns.c, "c" in dir(ns))

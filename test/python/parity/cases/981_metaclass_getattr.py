# A metaclass's __getattr__ answers for what a class and its metaclass lack (slot_tp_getattr_hook):
# plain reads, reads in a loop (one call site), getattr with a default, hasattr, subclasses, and an
# AttributeError it raises itself; names the class has never reach it.
class Meta(type):
    def __getattr__(cls, name):
        if name.startswith("no_"):
            raise AttributeError("meta refuses %s" % name)
        return "%s.%s" % (cls.__name__, name)


class A(metaclass=Meta):
    x = 1

    def m(self):
        return "m"


class B(A):
    pass


print(A.x, A.foo, B.bar, A.m(A()), A.mro()[0].__name__)
for i in range(3):
    print(B.loop, A.x)
print(getattr(A, "no_way", "default"), hasattr(A, "no_way"), hasattr(B, "yes"))
print(type(A).__name__, A().__class__.__name__)
try:
    A().instance_only
except AttributeError as e:
    print("instance:", e)
A.no_thing

class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")

f = Frozen(a=1)
print(f.a)
try:
    f.a = 2
except AttributeError as e:
    print(e)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

l = Logged()
l.x = 5
print(l.x)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("delegating", name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p._target)
print(p.count(1))
try:
    p.nonexistent
except AttributeError as e:
    print(e)

class Defaulting:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")

d = Defaulting()
print(d.xyz, hasattr(d, "abc"))

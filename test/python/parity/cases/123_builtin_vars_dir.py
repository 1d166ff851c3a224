class K:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
    def method(self):
        pass

k = K()
print(vars(k))
print([a for a in dir(K) if not a.startswith("__")])
print([a for a in dir(k) if not a.startswith("__")])
print("x" in dir(k), "__init__" in dir(K))
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())

class Shared:
    items = []
    count = 0

    def add(self, x):
        self.items.append(x)
        self.count += 1

a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.count, b.count, Shared.count)
print("count" in vars(a), "items" in vars(a))
Shared.count = 100
c = Shared()
print(c.count, a.count)
print(getattr(a, "missing", "dflt"), hasattr(a, "add"))
setattr(a, "dyn", 7)
print(a.dyn, getattr(a, "dyn"))
delattr(a, "dyn")
print(hasattr(a, "dyn"))

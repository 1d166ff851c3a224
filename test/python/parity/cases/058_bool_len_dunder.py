class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)

class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

print(bool(Bag()), bool(Bag(1)), len(Bag(1, 2)))
print("yes" if Flag(True) else "no", "yes" if Flag(False) else "no")
print(not Bag(), [x for x in [Bag(), Bag(0), Flag(False)] if x].__len__())

class BadLen:
    def __len__(self):
        return -1

try:
    len(BadLen())
except ValueError as e:
    print(e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __add__(self, other):
        new = Acc()
        new.items = self.items + [other]
        return new
    def __imul__(self, n):
        self.items = self.items * n
        return self

a = Acc()
alias = a
a += 1
a += 2
print(a is alias, a.items)
b = a + 3
print(b is a, b.items, a.items)
a *= 2
print(a.items)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)

x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)

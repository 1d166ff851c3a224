class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

i = Idx(2)
data = list("abcdef")
print(data[i], data[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(10)[Idx(3)])
print("xyz" * Idx(2), [0] * Idx(3), int(Idx(7)) if hasattr(Idx, "__int__") else Idx(7).__index__())
try:
    data[1.0]
except TypeError as e:
    print(e)

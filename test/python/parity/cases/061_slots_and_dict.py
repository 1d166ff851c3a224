class WithSlots:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1

w = WithSlots()
print(w.x)
try:
    w.z = 3
except AttributeError as e:
    print(e)
try:
    print(w.y)
except AttributeError as e:
    print(e)

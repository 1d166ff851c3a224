class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
    def __str__(self):
        return f"adds {self.n}"
    def __repr__(self):
        return f"Adder({self.n})"

a = Adder(5)
print(a(10), str(a), repr(a), [a], f"{a}", f"{a!r}")
print("%s / %r" % (a, a))
print("{} {!r}".format(a, a))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

print(OnlyRepr(), str(OnlyRepr()))
class Plain:
    pass
print(str(Plain()).startswith("<__main__.Plain object at 0x"))

class Base:
    def __init__(self, a):
        print("Base.__init__", a)
        self.a = a

class Mid(Base):
    def __init__(self, a, b):
        super().__init__(a)
        print("Mid.__init__", b)
        self.b = b

class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(1, 2)
        print("Leaf.__init__")

obj = Leaf()
print(obj.a, obj.b)

class Base:
    @classmethod
    def create(cls, *args):
        return cls(*args)

    def __init__(self, value=0):
        self.value = value

    def describe(self):
        return f"{__class__.__name__}:{type(self).__name__}:{self.value}"

class Child(Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.value *= 10
        return obj

    def describe(self):
        return "child/" + super().describe()

c = Child.create(4)
print(c.value, c.describe(), type(c).__name__)
print(Base.create(1).describe())

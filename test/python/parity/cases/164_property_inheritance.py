class Base:
    def __init__(self):
        self._trainable = True

    @property
    def trainable(self):
        return self._trainable

    @trainable.setter
    def trainable(self, value):
        self._trainable = bool(value)

    @property
    def name(self):
        return type(self).__name__.lower()

class Child(Base):
    @property
    def name(self):
        return "child:" + super().name

c = Child()
print(c.trainable, c.name)
c.trainable = 0
print(c.trainable)
try:
    c.name = "x"
except AttributeError as e:
    print(e)
print(isinstance(Base.trainable, property), Base.trainable.fget.__name__)

o = object()
print(type(o).__name__, isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(e)

class Base:
    def greet(self):
        return "base"

class Child(Base):
    def greet(self):
        return "child+" + super().greet()

print(Child().greet(), super(Child, Child()).greet())
print(object.__name__, Base.__mro__[-1] is object)

class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"

for a in [Animal("a"), Dog("d"), Puppy("p")]:
    print(a.speak())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("x"), Dog))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f"Money({self.cents})"

print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(sorted([Money(3), Money(1)]))
print(Money(1) > Money(0))
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
try:
    Money(1) <= Money(2)
except TypeError as e:
    print(e)

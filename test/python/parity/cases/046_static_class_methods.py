class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1

    @classmethod
    def create(cls):
        return cls()

    @classmethod
    def count(cls):
        return cls.instances

    @staticmethod
    def helper(x):
        return x * 2

class Sub(Counter):
    pass

Counter()
Counter.create()
s = Sub.create()
print(Counter.count(), Sub.count(), type(s).__name__)
print(Counter.helper(4), s.helper(5))

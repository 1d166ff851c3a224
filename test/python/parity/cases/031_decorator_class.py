registry = {}

def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls

@register
class A:
    pass

@register
class B(A):
    pass

print(sorted(registry), A.registered, B.registered)

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

@CountCalls
def square(x):
    return x * x

print(square(3), square(4), square.calls)

def add_repr(cls):
    def __repr__(self):
        return f"<{cls.__name__} {vars(self)}>"
    cls.__repr__ = __repr__
    return cls

@add_repr
class P:
    def __init__(self):
        self.x = 1

print(P())

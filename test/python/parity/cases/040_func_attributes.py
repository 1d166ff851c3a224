def documented(x):
    """Return x twice."""
    return x * 2

print(documented.__doc__)
print(documented.__name__, documented.__qualname__)
documented.custom = "attached"
print(documented.custom)

class K:
    def method(self):
        pass
    class Inner:
        def deep(self):
            pass

print(K.method.__qualname__, K.Inner.deep.__qualname__)

def outer():
    def inner():
        pass
    return inner

print(outer().__qualname__)
print(documented.__module__)

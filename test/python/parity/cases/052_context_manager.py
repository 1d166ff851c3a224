class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

with Managed("a") as m:
    print("inside", m.name)

with Managed("x") as x, Managed("y") as y:
    print("both", x.name, y.name)

try:
    with Managed("err"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated", e)

class Suppress:
    def __enter__(self):
        return None
    def __exit__(self, *exc):
        print("suppressing", exc[0].__name__)
        return True

with Suppress():
    1 / 0
print("after suppress")

# A missing attribute on the right of an operator whose operands are attributes of locals: the
# traceback points at that attribute, after the left one was read.


class P:
    def __init__(self, x):
        self.x = x

    def __getattr__(self, name):
        print("P.__getattr__", name)
        raise AttributeError(name)


class R:
    pass


def diff(a, b):
    return a.x - b.x


print(diff(P(5), P(3)))
print(diff(P(5), R()))

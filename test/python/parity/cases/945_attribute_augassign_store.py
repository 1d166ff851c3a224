# An augmented assignment to an attribute whose store fails (a property without a setter): the
# traceback points at the target; the same statement's operator error shows no position.


class S:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 1

    @property
    def m(self):
        return 1


def add(o, name, v):
    try:
        if name == "n":
            o.n += v
        else:
            o.m += v
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    return o.n


print(add(S(), "n", 2), add(S(), "n", "x"), add(S(), "m", 1))


def f(o):
    o.m += 1


f(S())

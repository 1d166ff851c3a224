# Calling a Python class whose __init__ is a Python function (the call-site fast path): arguments,
# defaults, __slots__, bad __init__ results, argument errors and exceptions from __init__ with their
# tracebacks, recursion, a class changed while the arguments are evaluated, __new__ overrides and
# abstract classes.
import traceback
from abc import ABC, abstractmethod


class V:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


v = V(1)
print(v.x, v.y, V(3, 4).y, V(y=5, x=6).x)


class S:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


print(S(5).a)


class Bad:
    def __init__(self):
        return 3


for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print(e)
for args in [(), (1, 2, 3)]:
    try:
        V(*args)
    except TypeError as e:
        print(e)
try:
    V(1, 2, 3)
except TypeError:
    traceback.print_exc()


class Boom:
    def __init__(self, n):
        if n:
            raise ValueError(n)


def make(n):
    return Boom(n)


make(0)
try:
    make(1)
except ValueError:
    traceback.print_exc()


def deep():
    class D:
        def __init__(self, k):
            self.c = D(k + 1)

    try:
        D(0)
    except RecursionError as e:
        return "recursion"


print(deep(), deep())


class W:
    def __init__(self, v):
        self.v = v


def change():
    W.__init__ = lambda self, v: setattr(self, "v", v * 10)
    return 1


print(W(2).v, W(change()).v, W(3).v)


class N:
    def __new__(cls, *a):
        o = object.__new__(cls)
        o.tag = "new"
        return o

    def __init__(self, x):
        self.x = x


n = N(1)
print(n.tag, n.x)
for i in range(3):

    class K:
        def __init__(self):
            self.i = i

    print(K().i)


class E(ValueError):
    pass


print(repr(E(1, 2)))


class A(ABC):
    @abstractmethod
    def f(self): ...

    def __init__(self):
        pass


try:
    A()
except TypeError as e:
    print(e)


class P:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw


print(P(*[1, 2]).args, P(1, k=2).kw)

import abc
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
class A(metaclass=M):
    x = 1
    def f(self): return 2
class B(A):
    y = 2
print(type(A).__name__, type(B).__name__, A.tag, B.tag, B().f(), isinstance(B, M))
class Registry(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = type.__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        return cls
class Base(metaclass=Registry): pass
class Child(Base): pass
print(sorted(Registry.registry), type(Child))
C = abc.ABCMeta("C", (object,), {"m": abc.abstractmethod(lambda self: 0)})
print(type(C))
try:
    C()
except TypeError as e:
    print(e)
class Init(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.count = len(ns)
class D(metaclass=Init):
    a = 1
print(D.count > 0, type(D).__name__)
class WithSuper(metaclass=M):
    def g(self):
        return __class__.__name__
print(WithSuper().g())

import abc, contextlib, copy, io, sys
class Base(abc.ABC):
    @abc.abstractmethod
    def forward(self, x): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    def make(cls):
        return cls()
class Impl(Base):
    def forward(self, x):
        return x * 2
    @property
    def name(self):
        return "impl"
for k in (Base, Impl):
    try:
        o = k()
        print(type(o).__name__, o.forward(2), o.name, isinstance(o, Base))
    except TypeError as e:
        print(e)
class Half(Base):
    def forward(self, x): return x
try:
    Half()
except TypeError as e:
    print(e)
class Meta(metaclass=abc.ABCMeta):
    pass
Meta.register(int)
print(isinstance(3, Meta), issubclass(int, Meta), type(Meta).__name__, abc.ABCMeta.__name__)
@contextlib.contextmanager
def scope(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)
with scope("a") as s:
    print("inside", s)
try:
    with scope("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("to buffer")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in "xy":
        stack.enter_context(scope(n))
    stack.callback(print, "callback")
with contextlib.nullcontext(5) as v:
    print(v)
class Closer:
    def close(self):
        print("closed")
with contextlib.closing(Closer()):
    pass
@scope("deco")
def decorated():
    print("body")
decorated()
a = {"k": [1, [2, 3]], "t": (1, [4])}
b = copy.copy(a)
c = copy.deepcopy(a)
a["k"][1].append(9)
print(b["k"], c["k"], b is a, b["k"] is a["k"], c["t"] is a["t"])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1); n.children.append(Node(2)); n.children.append(n)
m = copy.deepcopy(n)
print(m.v, m.children[0].v, m.children[1] is m, m is not n)
class C:
    def __copy__(self):
        print("custom copy")
        return C()
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return C()
copy.copy(C()); copy.deepcopy([C()])
s = io.StringIO("line1\nline2\n")
print(s.readline(), s.read(), s.tell(), list(io.StringIO("a\nb")))

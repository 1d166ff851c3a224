from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, FrozenInstanceError
from typing import List
@dataclass
class Config:
    name: str
    units: int = 128
    layers: List[int] = field(default_factory=lambda: [64, 32])
    dropout: float = 0.5
c = Config("mlp")
print(c, repr(c), c == Config("mlp"), c != Config("x"), asdict(c), astuple(c), [f.name for f in fields(c)], is_dataclass(c), is_dataclass(Config))
print(replace(c, units=3), Config("a", 1, [1], 0.1))
@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
p = Point(1.0)
try:
    p.x = 3
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(p) == hash(Point(1.0)), {p: 1}[Point(1.0)], p)
@dataclass(order=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(2), V(1, 5), V(1, 2)]), V(1) < V(2))
for bad in [lambda: Config(), lambda: Config("a", 1, [], 0.1, 9), lambda: Config(nme="x")]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(3))
@dataclass
class Child(Config):
    extra: str = "e"
print(Child("c"), fields(Child)[-1].name)
@dataclass
class Hidden:
    a: int
    secret: str = field(default="s", repr=False)
print(Hidden(1), str(fields(Hidden)[1]).split(",default_factory")[0])

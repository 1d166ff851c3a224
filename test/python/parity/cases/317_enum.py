import enum
from enum import Enum, IntEnum, auto, Flag, IntFlag, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value, list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.RED == 1, Color.RED in Color, type(Color.RED), Color, Color.__members__.keys())
class Mode(Enum):
    TRAIN = auto()
    EVAL = auto()
    PREDICT = "predict"
print(list(Mode), Mode.EVAL.value, Mode("predict"), {Mode.TRAIN: 1}[Mode.TRAIN], f"{Mode.TRAIN}", str(Mode.TRAIN), format(Mode.EVAL))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(Level.LOW < Level.HIGH, Level.HIGH + 1, Level(1), repr(Level.HIGH), str(Level.HIGH), f"{Level.HIGH}", Level.HIGH == 2, sorted([Level.HIGH, Level.LOW]))
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
class P(Flag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R | P.W), P.R in (P.R | P.W), bool(P.R & P.X), P(6), list(P))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return round(6.67e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.g)
print(isinstance(Color.RED, Color), Color.RED.__class__.__name__, hash(Color.RED) == hash(Color.RED))
print(repr(P(0)), str(P(0)), repr(~P.R), repr(P.R|P.W|P.X), str(P.W|P.R), P.R.value, bool(P(0)), list(P.R|P.X), len(P.R|P.W))
class Q(IntFlag):
    A = 1
    B = 2
print(repr(Q.A|Q.B), str(Q.A|Q.B), repr(Q(0)), Q.A + 1)
try:
    class D(Color):
        B = 2
except TypeError as e:
    print(e)
A = Enum('Animal', 'ANT BEE CAT')
print(list(A), A.ANT.value, repr(A))
B = Enum('B', [('X', 10), ('Y', 20)])
print(list(B), B.X.__class__)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print(e)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2), Shape.__members__)

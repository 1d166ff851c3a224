import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

print(Color.RED, Color.RED.name, Color.RED.value, Color(2), list(Color))
print(Color.RED is Color["RED"], Color.GREEN == Color.GREEN, repr(Color.RED))

from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = field(default_factory=list)

i = Item("pen")
print(i, i == Item("pen"), Item("a", 2, ["x"]))

import { defineStdlib } from "./index.js";

// enum (basic Enum and IntFlag-free subset): members are instances created when the class is built,
// through __init_subclass__ (metaclasses with __new__ are outside what tfscope runs).
defineStdlib(
  "enum",
  () => String.raw`
class _Auto:
    _counter = 0
    def __init__(self):
        _Auto._counter += 1
        self.order = _Auto._counter

def auto():
    return _Auto()

class EnumMeta(type):
    def __iter__(cls):
        return iter(cls._member_map_.values())
    def __len__(cls):
        return len(cls._member_map_)
    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_
    def __getitem__(cls, name):
        return cls._member_map_[name]
    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"
    @property
    def __members__(cls):
        return dict(cls._member_map_)

EnumType = EnumMeta

class Enum(metaclass=EnumMeta):
    _member_map_ = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        members = {}
        value_map = {}
        next_value = 1
        for key, value in list(cls.__dict__.items()):
            if key.startswith('_') or callable(value) or isinstance(value, (property, staticmethod, classmethod)):
                continue
            if isinstance(value, _Auto):
                value = next_value
            if isinstance(value, int) and not isinstance(value, bool):
                next_value = value + 1
            if value in value_map:
                member = value_map[value]
            else:
                member = object.__new__(cls)
                member._name_ = key
                member._value_ = value
                value_map[value] = member
            members[key] = member
            setattr(cls, key, member)
        cls._member_map_ = members
        cls._value2member_map_ = value_map

    def __new__(cls, value):
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __hash__(self):
        return hash(self._name_)

    def __reduce__(self):
        return (type(self), (self._value_,))

class IntEnum(Enum):
    def __eq__(self, other):
        if isinstance(other, Enum):
            return self is other
        return self._value_ == other
    def __hash__(self):
        return hash(self._value_)
    def __int__(self):
        return self._value_
    def __index__(self):
        return self._value_
`,
);

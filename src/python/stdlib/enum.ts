import { defineStdlib } from "./index.js";

// enum, in Python: EnumType builds members in its __new__ as CPython 3.11's Lib/enum.py does
// (definition order, aliases for repeated values, auto() through _generate_next_value_, tuple values
// passed to __init__), refuses reassigning members, and gives the same reprs, lookups and errors;
// Flag/IntFlag combine members with | & ^ ~. tfscope cannot subclass int or str, so IntEnum and
// IntFlag members are not int instances: they compare, hash, format and compute as their values do,
// and `class E(str, Enum)` is refused where the class is built.
defineStdlib(
  "enum",
  () => String.raw`
import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique']

def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'

def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'

def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name, )
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('_')

def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')

class auto:
    _counter = 0
    def __init__(self, value=None):
        self.value = value
    def __repr__(self):
        return "auto(%r)" % self.value

class EnumType(type):
    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("%r cannot extend %r" % (_Placeholder(cls), base))
        names = []
        for key, value in classdict.items():
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            if isinstance(value, type) or type(value).__name__ in ('function', 'builtin_function_or_method'):
                continue
            names.append(key)
        values = {}
        for key in names:
            values[key] = classdict.pop(key)
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        last_values = []
        for name in names:
            value = values[name]
            if isinstance(value, auto):
                if value.value is None:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            enum_class._add_member(name, value)
            last_values.append(value)
        return enum_class

    def _add_member(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member = object.__new__(cls)
        member._value_ = value
        member._name_ = name
        member.__objclass__ = cls
        init = cls.__dict__.get('__init__') or next((b.__dict__['__init__'] for b in cls.__mro__
                                                     if '__init__' in b.__dict__ and b not in _ENUM_BASES), None)
        if init is not None:
            init(member, *args)
        for existing in cls._member_map_.values():
            if existing._value_ == member._value_:
                member = existing
                break
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls, attr))
        super().__delattr__(attr)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

EnumMeta = EnumType
Flag = None

class _Placeholder:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "<enum %r>" % self.name

class Enum(metaclass=EnumType):
    def __new__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    @classmethod
    def _create_(cls, class_name, names, *, module=None, start=1):
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        if module is None:
            module = _sys._getframe(2).f_globals.get('__name__', '__main__')
        classdict = {'__module__': module}
        for name, value in items:
            classdict[name] = value
        return EnumType(class_name, (cls,), classdict)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1] if False else last_values[-1]
            return max(v for v in last_values if isinstance(v, int)) + 1
        except (TypeError, ValueError):
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

def _numeric(op):
    def method(self, *args):
        return getattr(self._value_, op)(*[a._value_ if isinstance(a, Enum) else a for a in args])
    method.__name__ = op
    return method

class _IntLike:
    # What IntEnum and IntFlag members share with int (tfscope cannot make them int instances).
    def __str__(self):
        return str(self._value_)
    def __format__(self, format_spec):
        return format(self._value_, format_spec)
    def __eq__(self, other):
        if isinstance(other, Enum):
            other = other._value_
        return self._value_ == other
    def __hash__(self):
        return hash(self._value_)
    def __int__(self):
        return self._value_
    def __index__(self):
        return self._value_

class IntEnum(_IntLike, Enum):
    def __float__(self):
        return float(self._value_)
    def __bool__(self):
        return bool(self._value_)

for _op in ('__lt__', '__le__', '__gt__', '__ge__', '__add__', '__radd__', '__sub__', '__rsub__', '__mul__',
            '__rmul__', '__truediv__', '__rtruediv__', '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__',
            '__pow__', '__neg__', '__pos__', '__abs__', '__lshift__', '__rshift__'):
    type.__setattr__(IntEnum, _op, _numeric(_op))

class ReprEnum(Enum):
    pass

def _high_bit(value):
    return value.bit_length() - 1

class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        return 2 ** (_high_bit(last_value) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value & ~all_bits and value >= 0:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if value < 0:
            value = all_bits & value
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        names = [m._name_ for m in cls._canonical() if m._value_ & value == m._value_]
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _canonical(cls):
        return [m for m in cls if m._value_ and m._value_ & (m._value_ - 1) == 0]

    def __iter__(self):
        return iter([m for m in type(self)._canonical() if m._value_ & self._value_ == m._value_])

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in type(self)._canonical():
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

class IntFlag(_IntLike, Flag):
    def __or__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ | other) if not other & ~self._all() else self._value_ | other
        return Flag.__or__(self, other)
    __ror__ = __or__
    def _all(self):
        bits = 0
        for m in type(self)._canonical():
            bits |= m._value_
        return bits
    def __add__(self, other):
        return self._value_ + (other._value_ if isinstance(other, Enum) else other)

_ENUM_BASES = (Enum, _IntLike, IntEnum, ReprEnum, Flag, IntFlag, object)

def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
`,
);

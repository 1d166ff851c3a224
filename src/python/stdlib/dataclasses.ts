import { defineStdlib } from "./index.js";

// dataclasses (the common subset): field defaults and default_factory, __init__/__repr__/__eq__,
// order=True comparisons, frozen=True, asdict/astuple/fields/replace.
defineStdlib(
  "dataclasses",
  () => String.raw`
class _MISSING_TYPE:
    pass
MISSING = _MISSING_TYPE()

class FrozenInstanceError(AttributeError):
    pass

class Field:
    def __init__(self, default, default_factory, init, repr, compare, hash=None, metadata=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = False
    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata=mappingproxy({self.metadata!r}),"
                f"kw_only={self.kw_only!r},_field_type=_FIELD)")

def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    if kw_only is True:
        raise TfscopeUnsupported("unsupported by tfscope: dataclasses.field(kw_only=True)")
    return Field(default, default_factory, init, repr, compare, hash, metadata)

def fields(class_or_instance):
    return tuple(class_or_instance.__dataclass_fields__.values())

def _process(cls, init, repr, eq, order, frozen):
    annotations = cls.__dict__.get('__annotations__', {})
    flds = {}
    for b in cls.__mro__[-1:0:-1]:
        flds.update(getattr(b, '__dataclass_fields__', {}))
    for name, tp in annotations.items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError(f"mutable default {type(default)} for field {name} is not allowed: use default_factory")
            f = Field(default, MISSING, True, True, True)
        f.name = name
        f.type = tp
        flds[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
    cls.__dataclass_fields__ = flds
    field_list = list(flds.values())
    if init:
        seen_default = False
        for f in field_list:
            if f.init and (f.default is not MISSING or f.default_factory is not MISSING):
                seen_default = True
            elif f.init and seen_default:
                raise TypeError(f"non-default argument '{f.name}' follows default argument")
        def __init__(self, *args, **kwargs):
            init_fields = [f for f in field_list if f.init]
            if len(args) > len(init_fields):
                required = len([f for f in init_fields if f.default is MISSING and f.default_factory is MISSING])
                takes = (f"{len(init_fields) + 1}" if required == len(init_fields)
                         else f"from {required + 1} to {len(init_fields) + 1}")
                raise TypeError(f"{cls.__name__}.__init__() takes {takes} positional arguments but {len(args) + 1} were given")
            values = dict(zip([f.name for f in init_fields], args))
            for k, v in kwargs.items():
                if k in values:
                    raise TypeError(f"{cls.__name__}.__init__() got multiple values for argument '{k}'")
                if k not in [f.name for f in init_fields]:
                    raise TypeError(f"{cls.__name__}.__init__() got an unexpected keyword argument '{k}'")
                values[k] = v
            missing = [f.name for f in init_fields if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
            if missing:
                quoted = [f"'{m}'" for m in missing]
                names = ", ".join(quoted) if len(quoted) < 3 else ", ".join(quoted[:-1]) + ", and " + quoted[-1]
                if len(quoted) == 2:
                    names = f"{quoted[0]} and {quoted[1]}"
                raise TypeError(f"{cls.__name__}.__init__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: {names}")
            for f in field_list:
                if f.name in values:
                    v = values[f.name]
                elif f.default_factory is not MISSING:
                    v = f.default_factory()
                else:
                    v = f.default
                object.__setattr__(self, f.name, v)
            post = getattr(self, '__post_init__', None)
            if post is not None:
                post()
        cls.__init__ = __init__
    if repr:
        def __repr__(self):
            return f"{type(self).__qualname__}(" + ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in field_list if f.repr) + ")"
        cls.__repr__ = __repr__
    def _astuple(self):
        return tuple(getattr(self, f.name) for f in field_list if f.compare)
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _astuple(self) == _astuple(other)
            return NotImplemented
        cls.__eq__ = __eq__
        if not frozen:
            cls.__hash__ = None
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field '{name}'")
        cls.__setattr__ = __setattr__
        cls.__hash__ = lambda self: hash(_astuple(self))
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b), ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            def method(self, other, _op=op):
                if other.__class__ is self.__class__:
                    return _op(_astuple(self), _astuple(other))
                return NotImplemented
            setattr(cls, name, method)
    return cls

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    for name, value in (('unsafe_hash', unsafe_hash), ('kw_only', kw_only), ('slots', slots), ('weakref_slot', weakref_slot)):
        if value:
            raise TfscopeUnsupported(f"unsupported by tfscope: dataclass({name}=True)")
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    def wrap(cls):
        return _process(cls, init, repr, eq, order, frozen)
    if cls is None:
        return wrap
    return wrap(cls)

def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields__')

def asdict(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, (list, tuple)):
        return type(obj)(asdict(v) for v in obj)
    if isinstance(obj, dict):
        return {asdict(k): asdict(v) for k, v in obj.items()}
    return obj

def astuple(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple(astuple(getattr(obj, f.name)) for f in fields(obj))
    if isinstance(obj, (list, tuple)):
        return type(obj)(astuple(v) for v in obj)
    return obj

def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
`,
);

import { defineStdlib } from "./index.js";

// typing, in Python: the names code annotates with, subscriptable, with CPython 3.11's reprs
// (`typing.List[int]`, `typing.Optional[str]`, `~T`), equality, __origin__/__args__, the same
// TypeErrors for instance checks and instantiation, Generic[T] classes, NamedTuple (class syntax and
// call) and cast. tfscope does not keep function annotations, so get_type_hints answers for classes
// and refuses functions by name.
defineStdlib(
  "typing",
  () => String.raw`
import collections as _collections
import collections.abc as _abc
import sys as _sys

TYPE_CHECKING = False
_NoneType = type(None)

def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)

def _type_check(arg, msg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, (_Special, _GenericAlias, _Alias, TypeVar, type, ForwardRef)) or callable(arg):
        return arg
    raise TypeError(f"{msg} Got {arg!r:.100}.")

class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg
    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'
    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__
    def __hash__(self):
        return hash(self.__forward_arg__)

class TypeVar:
    __module__ = 'typing'
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, "TypeVar(name, constraint, ...): constraints must be types.") for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__
    def __or__(self, right):
        return Union[self, right]

def _collect_params(args):
    params = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in params:
                params.append(a)
        elif isinstance(a, _GenericAlias):
            for p in a.__parameters__:
                if p not in params:
                    params.append(p)
    return tuple(params)

def _subst(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    return arg

class _GenericAlias:
    def __init__(self, origin, args, name=None, special=None):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_params(args)
        self._name = name
        self._special = special
    def _repr_args(self):
        return ', '.join(_type_repr(a) for a in self.__args__)
    def __repr__(self):
        if self._name:
            return f'typing.{self._name}[{self._repr_args()}]'
        return f'{_type_repr(self.__origin__)}[{self._repr_args()}]'
    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
    def __hash__(self):
        return hash((self.__origin__, self.__args__))
    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {len(self.__parameters__)}")
        mapping = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_subst(a, mapping) for a in self.__args__))
    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._special)
    def __call__(self, *args, **kwargs):
        if self._special is not None and not self._special._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result
    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")
    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")
    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            return (Generic,)
        return (self.__origin__,)
    def __or__(self, right):
        return Union[self, right]
    def __ror__(self, left):
        return Union[left, self]
    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

class _CallableGenericAlias(_GenericAlias):
    def _repr_args(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'..., {_type_repr(args[1])}'
        return '[' + ', '.join(_type_repr(a) for a in args[:-1]) + '], ' + _type_repr(args[-1])
    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, self._name, self._special)

class _TupleGenericAlias(_GenericAlias):
    def _repr_args(self):
        if not self.__args__:
            return '()'
        return super()._repr_args()
    def copy_with(self, args):
        return _TupleGenericAlias(self.__origin__, args, self._name, self._special)

class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return f'typing.Union[{self._repr_args()}]'
    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)
    def __hash__(self):
        return hash(frozenset(self.__args__))
    def copy_with(self, args):
        return Union[args]
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))
    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _GenericAlias):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
            if issubclass(cls, arg):
                return True
        return False

class _Alias:
    # typing.List, typing.Dict...: a bare alias of a builtin or collections.abc class.
    def __init__(self, origin, nparams, name=None, inst=True, kind=_GenericAlias):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name or origin.__name__
        self._inst = inst
        self._kind = kind
    def __repr__(self):
        return f'typing.{self._name}'
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return self._kind(self.__origin__, params, self._name, self)
    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)
    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)
    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)
    def __mro_entries__(self, bases):
        return (self.__origin__,)
    def __eq__(self, other):
        return isinstance(other, _Alias) and self.__origin__ is other.__origin__ and self._name == other._name
    def __hash__(self):
        return hash((self.__origin__, self._name))
    def __or__(self, right):
        return Union[self, right]
    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

class _TupleAlias(_Alias):
    def __getitem__(self, params):
        if params == ():
            return _TupleGenericAlias(tuple, (), 'Tuple', self)
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) == 2 and params[1] is ...:
            return _TupleGenericAlias(tuple, (_type_check(params[0], "Tuple[t, ...]: t must be a type."), ...), 'Tuple', self)
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return _TupleGenericAlias(tuple, tuple(_type_check(p, msg) for p in params), 'Tuple', self)

class _CallableAlias(_Alias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., _type_check(result, "Callable[args, result]: result must be a type."))
        else:
            if not isinstance(args, list):
                args = [args]
            flat = tuple(args) + (_type_check(result, "Callable[args, result]: result must be a type."),)
        return _CallableGenericAlias(self.__origin__, flat, 'Callable', self)

class _Special:
    # Any, NoReturn, Union, Optional, ClassVar, Final, Literal: special forms, repr typing.<name>.
    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
    def __repr__(self):
        return 'typing.' + self._name
    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)
    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")
    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")
    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")
    def __or__(self, other):
        return Union[self, other]
    def __ror__(self, other):
        return Union[other, self]
    def __reduce__(self):
        return self._name

class _AnyType(_Special):
    def __call__(self, *args, **kwds):
        raise TypeError("Any cannot be instantiated")
    def __instancecheck__(self, obj):
        raise TypeError("typing.Any cannot be used with isinstance()")

Any = _AnyType('Any')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
Self = _Special('Self')
LiteralString = _Special('LiteralString')

def _union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    if len(unique) == 1:
        return unique[0]
    return _UnionGenericAlias(self, tuple(unique))

def _optional(self, parameters):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError(f"typing.Optional requires a single type. Got {parameters!r}.")
    if isinstance(parameters, tuple):
        parameters = parameters[0]
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]

def _single(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,), self._name)

def _literal(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters, 'Literal')

class _LiteralGenericAlias(_GenericAlias):
    def _repr_args(self):
        return ', '.join(repr(a) for a in self.__args__)
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)
    def __hash__(self):
        return hash(frozenset(self.__args__))

Union = _Special('Union', _union)
Optional = _Special('Optional', _optional)
ClassVar = _Special('ClassVar', _single)
Final = _Special('Final', _single)
Literal = _Special('Literal', _literal)
TypeAlias = _Special('TypeAlias')

Hashable = _Alias(_abc.Hashable, 0)
Awaitable = _Alias(_abc.Awaitable, 1) if hasattr(_abc, 'Awaitable') else None
Iterable = _Alias(_abc.Iterable, 1)
Iterator = _Alias(_abc.Iterator, 1)
Reversible = _Alias(_abc.Reversible, 1) if hasattr(_abc, 'Reversible') else None
Sized = _Alias(_abc.Sized, 0)
Container = _Alias(_abc.Container, 1)
Collection = _Alias(_abc.Collection, 1) if hasattr(_abc, 'Collection') else None
Callable = _CallableAlias(_abc.Callable, 2)
AbstractSet = _Alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _Alias(_abc.MutableSet, 1)
Mapping = _Alias(_abc.Mapping, 2)
MutableMapping = _Alias(_abc.MutableMapping, 2)
Sequence = _Alias(_abc.Sequence, 1)
MutableSequence = _Alias(_abc.MutableSequence, 1)
Generator = _Alias(_abc.Generator, 3) if hasattr(_abc, 'Generator') else None
KeysView = _Alias(_abc.KeysView, 1) if hasattr(_abc, 'KeysView') else None
ItemsView = _Alias(_abc.ItemsView, 2) if hasattr(_abc, 'ItemsView') else None
ValuesView = _Alias(_abc.ValuesView, 1) if hasattr(_abc, 'ValuesView') else None
Tuple = _TupleAlias(tuple, -1, name='Tuple', inst=False)
List = _Alias(list, 1, name='List', inst=False)
Deque = _Alias(_collections.deque, 1, name='Deque')
Set = _Alias(set, 1, name='Set', inst=False)
FrozenSet = _Alias(frozenset, 1, name='FrozenSet', inst=False)
Dict = _Alias(dict, 2, name='Dict', inst=False)
DefaultDict = _Alias(_collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _Alias(_collections.OrderedDict, 2)
Counter = _Alias(_collections.Counter, 1)
ChainMap = _Alias(_collections.ChainMap, 2) if hasattr(_collections, 'ChainMap') else None
Type = _Alias(type, 1, name='Type', inst=False)
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)

class Generic:
    __slots__ = ()
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f"Parameters to Generic[...] must all be type variables or parameter specification variables.")
            return _GenericAlias(Generic, params, 'Generic')
        return _GenericAlias(cls, params)
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in params:
                        params.append(p)
        cls.__parameters__ = tuple(params)

class Protocol(Generic):
    __slots__ = ()

def cast(typ, val):
    return val

def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed by an implementation that is not @typing.overload-ed.")
    return _overload_dummy

def final(f):
    return f

def no_type_check(arg):
    return arg

def runtime_checkable(cls):
    return cls

def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _Alias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None

def get_args(tp):
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()

def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                hints[name] = value
        return hints
    raise TfscopeUnsupported("unsupported by tfscope: typing.get_type_hints() of a function (tfscope does not keep function annotations)")

class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'
    def __call__(self, x):
        return x

def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__', '__orig_bases__'})

class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl

_NamedTuple = type.__new__(NamedTupleMeta, '_NamedTuple', (), {})

def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    module = _sys._getframe(1).f_globals.get('__name__', '__main__')
    return _make_nmtuple(typename, fields, module=module)

NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)

def _typeddict_new(cls, *args, **kwargs):
    return dict(*args, **kwargs)

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        ns = dict(ns)
        ns['__new__'] = _typeddict_new  # calling a TypedDict class makes a plain dict
        tp = type.__new__(_TypedDictMeta, name, (dict,), ns)
        tp.__total__ = total
        return tp

def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _sys._getframe(1).f_globals.get('__name__', '__main__')}
    return _TypedDictMeta(typename, (), ns, total=total)

_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})

TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
`,
);

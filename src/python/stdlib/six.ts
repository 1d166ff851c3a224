import { defineStdlib } from "./index.js";

// six, the third-party Python 2/3 compatibility module (TF 1.x depends on it and its tutorials import
// it), as six 1.16 behaves on Python 3. It is pure Python and needs nothing from the shim, so it is
// served with the standard library. six.moves binds what tfscope has; what needs files or the
// network (urllib.request) is refused by name when called.
defineStdlib(
  "six",
  () => String.raw`
import functools
import itertools
import operator
import sys
import types

__author__ = "Benjamin Peterson <benjamin@python.org>"
__version__ = "1.16.0"

PY2 = False
PY3 = True
PY34 = True

string_types = str,
integer_types = int,
class_types = type,
text_type = str
binary_type = bytes
MAXSIZE = sys.maxsize

def _import_module(name):
    __import__(name)
    return sys.modules[name]

import six.moves as moves

def get_unbound_function(unbound):
    return unbound

create_bound_method = types.MethodType

def create_unbound_method(func, cls):
    return func

Iterator = object
callable = callable
advance_iterator = next
next = next

_meth_func = "__func__"
_meth_self = "__self__"
_func_closure = "__closure__"
_func_code = "__code__"
_func_defaults = "__defaults__"
_func_globals = "__globals__"

get_method_function = operator.attrgetter(_meth_func)
get_method_self = operator.attrgetter(_meth_self)
get_function_closure = operator.attrgetter(_func_closure)
get_function_code = operator.attrgetter(_func_code)
get_function_defaults = operator.attrgetter(_func_defaults)
get_function_globals = operator.attrgetter(_func_globals)

def iterkeys(d, **kw):
    return iter(d.keys(**kw))

def itervalues(d, **kw):
    return iter(d.values(**kw))

def iteritems(d, **kw):
    return iter(d.items(**kw))

def iterlists(d, **kw):
    return iter(d.lists(**kw))

viewkeys = operator.methodcaller("keys")
viewvalues = operator.methodcaller("values")
viewitems = operator.methodcaller("items")

def b(s):
    return s.encode("latin-1")

def u(s):
    return s

unichr = chr

def int2byte(i):
    return bytes((i,))

byte2int = operator.itemgetter(0)
indexbytes = operator.getitem
iterbytes = iter

import io as _io
StringIO = _io.StringIO
del _io

_assertCountEqual = "assertCountEqual"
_assertRaisesRegex = "assertRaisesRegex"
_assertRegex = "assertRegex"
_assertNotRegex = "assertNotRegex"

def assertCountEqual(self, *args, **kwargs):
    return getattr(self, _assertCountEqual)(*args, **kwargs)

def assertRaisesRegex(self, *args, **kwargs):
    return getattr(self, _assertRaisesRegex)(*args, **kwargs)

def assertRegex(self, *args, **kwargs):
    return getattr(self, _assertRegex)(*args, **kwargs)

def assertNotRegex(self, *args, **kwargs):
    return getattr(self, _assertNotRegex)(*args, **kwargs)

exec_ = exec

def reraise(tp, value, tb=None):
    try:
        if value is None:
            value = tp()
        if value.__traceback__ is not tb:
            raise value.with_traceback(tb)
        raise value
    finally:
        value = None
        tb = None

def raise_from(value, from_value):
    try:
        raise value from from_value
    finally:
        value = None

print_ = print

wraps = functools.wraps

def with_metaclass(meta, *bases):
    # A temporary base whose metaclass builds the real class with meta and the given bases.
    class metaclass(type):
        def __new__(cls, name, this_bases, d):
            return meta(name, bases, d)
    return type.__new__(metaclass, 'temporary_class', (), {})

def add_metaclass(metaclass):
    def wrapper(cls):
        orig_vars = cls.__dict__.copy()
        slots = orig_vars.get('__slots__')
        if slots is not None:
            if isinstance(slots, str):
                slots = [slots]
            for slots_var in slots:
                orig_vars.pop(slots_var)
        orig_vars.pop('__dict__', None)
        orig_vars.pop('__weakref__', None)
        if hasattr(cls, '__qualname__'):
            orig_vars['__qualname__'] = cls.__qualname__
        return metaclass(cls.__name__, cls.__bases__, orig_vars)
    return wrapper

def ensure_binary(s, encoding='utf-8', errors='strict'):
    if isinstance(s, binary_type):
        return s
    if isinstance(s, text_type):
        return s.encode(encoding, errors)
    raise TypeError("not expecting type '%s'" % type(s))

def ensure_str(s, encoding='utf-8', errors='strict'):
    if type(s) is str:
        return s
    if isinstance(s, binary_type):
        return s.decode(encoding, errors)
    elif not isinstance(s, (text_type, binary_type)):
        raise TypeError("not expecting type '%s'" % type(s))
    return s

def ensure_text(s, encoding='utf-8', errors='strict'):
    if isinstance(s, binary_type):
        return s.decode(encoding, errors)
    elif isinstance(s, text_type):
        return s
    else:
        raise TypeError("not expecting type '%s'" % type(s))

def python_2_unicode_compatible(klass):
    return klass
`,
);

defineStdlib(
  "six.moves",
  () => String.raw`
import builtins
import functools as _functools
import itertools as _itertools
import sys as _sys

range = builtins.range
xrange = builtins.range
zip = builtins.zip
map = builtins.map
filter = builtins.filter
input = builtins.input
reduce = _functools.reduce
intern = _sys.intern
zip_longest = _itertools.zip_longest
filterfalse = _itertools.filterfalse
from io import StringIO
cStringIO = StringIO
import pickle as cPickle
import six.moves.urllib as urllib

def reload_module(module):
    raise TfscopeUnsupported("unsupported by tfscope: six.moves.reload_module (re-importing a module)")
`,
);

defineStdlib("six.moves.urllib", () => "import six.moves.urllib.request as request\n");

defineStdlib(
  "six.moves.urllib.request",
  () => String.raw`
def _network(name):
    def refuse(*args, **kwargs):
        raise TfscopeUnsupported(f"unsupported by tfscope: urllib.request.{name} (network access)")
    refuse.__name__ = name
    return refuse

urlopen = _network("urlopen")
urlretrieve = _network("urlretrieve")
`,
);

import six
import abc
from six.moves import range, xrange, zip, cPickle, reduce
print(six.PY2, six.PY3, six.string_types, six.integer_types, six.text_type, six.binary_type, six.class_types)
d = {"a": 1, "b": 2}
print(list(six.iteritems(d)), list(six.itervalues(d)), list(six.iterkeys(d)), six.viewkeys(d))
print(six.b("abc"), six.u("x"), six.int2byte(65), six.byte2int(b"A"), six.indexbytes(b"AB", 1), list(six.iterbytes(b"hi")))
print(list(xrange(3)), reduce(lambda a, b: a + b, range(5)), list(zip("ab", "cd")))
print(isinstance("s", six.string_types), isinstance(3, six.integer_types))
six.print_("printed", 1, sep="-")
@six.add_metaclass(abc.ABCMeta)
class Base(object):
    @abc.abstractmethod
    def f(self): pass
print(type(Base).__name__, Base.__qualname__)
try:
    Base()
except TypeError as e:
    print(e)
class Base2(six.with_metaclass(abc.ABCMeta, object)):
    @abc.abstractmethod
    def g(self): pass
class Impl(Base2):
    def g(self): return "g"
print(type(Base2).__name__, Base2.__mro__, Impl().g())
try:
    Base2()
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        import sys
        six.reraise(*sys.exc_info())
except ValueError as e:
    print("reraised", e)
try:
    six.raise_from(KeyError("k"), ValueError("v"))
except KeyError as e:
    print(repr(e), repr(e.__cause__))
print(six.ensure_str(b"bytes"), six.ensure_binary("text"), six.ensure_text(b"t"))
try:
    six.ensure_str(3)
except TypeError as e:
    print(e)
@six.python_2_unicode_compatible
class S:
    def __str__(self): return "S!"
print(str(S()), six.next(iter([7])), six.callable(len), six.get_unbound_function(len) is len)
print(six.moves.range is range, six.moves.cStringIO, six.MAXSIZE)
class M:
    def m(self): pass
print(six.get_method_function(M().m) is M.m, six.get_function_defaults(lambda a=1: a))

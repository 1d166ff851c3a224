# Traceback objects: __traceback__ is sys.exc_info()[2], tb_next chains inward (the same object each
# time), a re-raise adds its frame in front, __traceback__ can be replaced; exception subclasses with and
# without their own __init__/__new__ keep their args, reprs and chaining.
import sys
class Invalid(ValueError):
    pass
def f(n):
    if n == 0:
        raise Invalid("zero", n)
    return f(n - 1)
try:
    f(3)
except Invalid as e:
    tb = e.__traceback__
    print(tb is sys.exc_info()[2], tb is e.__traceback__)
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        nxt = tb.tb_next
        print(nxt is tb.tb_next)
        tb = nxt
    print(lines, repr(e), e.args, str(e))
    saved = e
print(repr(saved), saved.__traceback__.tb_lineno)
try:
    try:
        f(1)
    except Invalid as e:
        t = e.__traceback__
        raise
except Invalid as e2:
    print(e2.__traceback__ is t, e2.__traceback__.tb_next is t, e2.__traceback__.tb_lineno)
e = Invalid()
print(e.__traceback__, e.args, repr(e))
e.__traceback__ = None
try:
    f(0)
except Invalid as e:
    x = e
    x.__traceback__ = x.__traceback__.tb_next
    print(x.__traceback__.tb_lineno)
class K(KeyError): pass
print(repr(K("a")), str(K("a")), K(1, 2).args)
try:
    raise K("z") from ValueError("v")
except K as k:
    print(repr(k.__cause__), k.__suppress_context__, k.__context__)
def g():
    try:
        1/0
    except ZeroDivisionError:
        raise Invalid("in handler")
try:
    g()
except Invalid as e:
    print(repr(e.__context__), e.__context__.__traceback__.tb_lineno)
try:
    {}["missing"]
except (TypeError, KeyError) as e:
    print(repr(e))
try:
    try:
        raise ValueError(1)
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    raise Invalid
except Invalid as e:
    print(repr(e), e.args)
class WithInit(ValueError):
    def __init__(self, a, b):
        super().__init__(a + b)
print(repr(WithInit(1, 2)))
class WithNew(ValueError):
    def __new__(cls, *a):
        return super().__new__(cls, "new")
print(repr(WithNew(1, 2)))
print(e)
f(1)

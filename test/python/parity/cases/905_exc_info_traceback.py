# sys.exc_info()[2] is the exception's __traceback__ (the same object), linked from the outermost frame
# inward; None outside a handler.
import sys


def f():
    raise ValueError("x")


try:
    f()
except ValueError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is e.__traceback__, e.__traceback__ is e.__traceback__)
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
print(sys.exc_info())

# Exceptions from Python functions called at a statement's top (x = f(), n += f(), f(), return f()) in
# try bodies and function bodies: caught, re-raised, chained, passed through finally, else and
# unmatched handlers, deep recursion and generators, with CPython's tracebacks.
def _strip(s):
    # CPython prints the script's absolute path: keep only its name.
    out = []
    for line in s.split("\n"):
        if line.startswith('  File "'):
            head, rest = line[8:].split('"', 1)
            line = '  File "' + head[head.rfind("/") + 1 :] + '"' + rest
        out.append(line)
    return "\n".join(out)
import sys, traceback
def bad(x):
    if x:
        raise ValueError("bad %d" % x)
    return x
def mid(x):
    return bad(x)
def mid2(x):
    y = mid(x)
    return y
def show():
    print(_strip(traceback.format_exc()))
try:
    v = mid2(3)
except ValueError as e:
    show()
    tb = e.__traceback__
    n = []
    while tb:
        n.append(tb.tb_lineno); tb = tb.tb_next
    print(n)
def fin():
    try:
        bad(1)
    finally:
        print("finally ran")
try:
    fin()
except ValueError:
    show()
def fin_return():
    try:
        return bad(2)
    finally:
        return "swallowed"
print(fin_return())
def else_clause():
    try:
        r = bad(0)
    except ValueError:
        print("no")
    else:
        print("else", r)
    try:
        raise KeyError("k")
    except KeyError as k:
        print(repr(k))
else_clause()
def ctx():
    try:
        bad(1)
    except ValueError:
        try:
            bad(2)
        except ValueError as e2:
            print(repr(e2), repr(e2.__context__))
            raise
try:
    ctx()
except ValueError:
    show()
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    s = traceback.format_exc()
    print(_strip(s).count("\n"), _strip(s)[-300:])
def unmatched():
    try:
        bad(5)
    except KeyError:
        print("wrong")
try:
    unmatched()
except ValueError:
    show()
class C:
    def m(self):
        raise TypeError("m")
    def __init__(self, fail=False):
        if fail:
            raise OSError("init")
try:
    C().m()
except TypeError:
    show()
try:
    c = C(True)
except OSError:
    show()
def gen():
    yield 1
    raise ValueError("gen")
try:
    g = gen()
    x = list(g)
except ValueError:
    show()
total = 0
def augm():
    total = 0
    for i in range(5):
        try:
            total += bad(i % 2)
        except ValueError as e:
            total += 100
        finally:
            total += 1
    return total
print(augm())
try:
    total += bad(7)
except ValueError:
    show()
print(total)
def nested_finally():
    try:
        try:
            bad(1)
        finally:
            print("inner finally", sys.exc_info()[0])
    except ValueError as e:
        print("outer caught", e)
nested_finally()
def raise_in_finally():
    try:
        bad(1)
    finally:
        raise KeyError("fin")
try:
    raise_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))
    show()
def uncaught_final():
    x = mid2(9)
uncaught_final()

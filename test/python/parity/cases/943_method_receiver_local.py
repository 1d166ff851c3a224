# Method calls whose receiver is a local variable: unbound, rebound to objects of other types between
# calls, shadowed by an instance attribute, and a missing method (the traceback's position).


class A:
    def m(self, x):
        return ("A.m", x)


class B(A):
    def m(self, x):
        return ("B.m", x)


def calls(objs):
    out = []
    for o in objs:
        try:
            out.append(o.m(len(out)))
        except AttributeError as e:
            out.append(f"AttributeError: {e}")
    return out


def unbound():
    try:
        items.append(1)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    items = []
    items.append(2)
    return items


a, b = A(), B()
shadowed = A()
shadowed.m = lambda x: ("instance", x)
print(calls([a, b, a, shadowed, b, 5, a]))
print(unbound())


def strip(s):
    return s.strip()


print(strip("  x "), strip("\ty\n"))
print(strip(3))

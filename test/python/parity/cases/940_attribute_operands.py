# Operators whose operands are attributes of local variables (`self.x * other.x`), read in the
# operator itself: the order of evaluation, unbound locals, a missing attribute on either side,
# properties, __getattr__, class attributes changed between calls, and the traceback's position.


class P:
    scale = 10

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self):
        return self.x * self.scale

    def mixed(self, k):
        return k - self.y, self.y - k, self.x < 3


class Q(P):
    def __init__(self, y):
        self.y = y

    @property
    def x(self):
        print("Q.x read")
        return 7

    def __getattr__(self, name):
        print("Q.__getattr__", name)
        return 100


class Loud:
    def __init__(self, tag):
        self.tag = tag

    def __getattr__(self, name):
        print("reading", self.tag, name)
        return 1


def unbound_left():
    try:
        return a.x + 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    a = P(1, 2)
    return a.x + 1


def unbound_right(a):
    try:
        return a.x + b.y
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    b = a
    return a.x + b.y


def order(a, b):
    return a.first + b.second


p = P(1, 2)
q = Q(4)
print(p.dot(p), p.dot(q), q.dot(p), q.dot(q))
print(p.scaled(), q.scaled())
P.scale = 0.5
print(p.scaled(), q.scaled())
p.scale = "ab"
print(p.scaled())
del p.scale
print(p.scaled(), p.mixed(10), q.mixed(1))
print(unbound_left(), unbound_right(p))
print(order(Loud("left"), Loud("right")))
for other in (P(2, 3), P("s", 1), object()):
    try:
        print(p.dot(other))
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class R:
    pass


r = R()
r.x = 5
r.y = 6
print(P.dot(r, r))
R.x = "class"
del r.x
print(P.dot(r, r))
print(P.dot(p, R()))

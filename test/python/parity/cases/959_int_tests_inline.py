# `if` and `while` tests computed inline on a local holding an int (n < 2, j & 1, i % 3 == 0), and
# every case where the inline form must give way to the operators: other types, big ints, negative
# operands, results beyond 2**53, unbound locals, errors and their traceback positions.
import traceback


def classify(v):
    out = []
    if v % 3 == 0:
        out.append("m3")
    if v & 1:
        out.append("odd")
    if v - 1 < 0:
        out.append("neg")
    if v * 3 >= 10:
        out.append("big")
    if v + 2 != 5:
        out.append("not3")
    if v % 7:
        out.append("r7")
    if v * 2:
        out.append("nz")
    return out


for v in [0, 1, 2, 3, -3, -4, 7, 2**31, 2**31 - 1, -2**31, 2**53, 2**53 + 1, 2**60, -2**60, 3.0, 4.5, True, False]:
    try:
        print(repr(v), classify(v))
    except TypeError as e:
        print(repr(v), "TypeError", e)


class Weird:
    def __mod__(self, other):
        return 0

    def __and__(self, other):
        return 1

    def __sub__(self, other):
        return -1

    def __mul__(self, other):
        return 99

    def __add__(self, other):
        return 3


print(classify(Weird()))

n = 10
while n % 4 != 0:
    n += 1
print(n)
k = 2**53 - 3
steps = 0
while k + 1 <= 2**53 + 2:
    k += 1
    steps += 1
print(k, steps)
m = 5
while m & 7:
    m += 1
print(m)
x = 2**52
while x * 2 < 2**54 + 10:
    x *= 2
print(x)


def errors(v):
    if v % 0 == 1:
        return "never"


def unbound(flag):
    if flag:
        z = 3
    if z % 2 == 1:
        return "odd"
    return "even"


def wrong_type(v):
    while v & 1:
        v += 1


for fn, arg in [(errors, 5), (errors, None), (unbound, True), (unbound, False), (wrong_type, 1.5), (wrong_type, "s"), (errors, 2**70)]:
    try:
        print(fn(arg))
    except Exception:
        traceback.print_exc()
        print("--")


def deep(n):
    if n - 1 < 0:
        return 0
    return 1 + deep(n - 1)


print(deep(50))
wrong_type([])

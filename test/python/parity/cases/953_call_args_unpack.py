# Plain calls whose arguments are locals or int operations on locals (read or computed inline), and
# two-name unpacking of their results: the same values, exceptions and traceback lines as CPython.
def ident(x):
    return x

def two(a, b):
    return (a, b)

def three(a, b, c):
    return a, b, c

def args_of(n, s, big):
    print(ident(n), ident(n - 1), ident(n + 1), ident(n * 3), ident(n % 4), ident(n & 6))
    print(ident(big + 1), ident(big * 2), ident(-big - 1), ident(n % -4), ident(-n % 4))
    print(ident(True), ident(True + 1), ident(1.5 - 1), ident(s), two(n - 1, s), three(n, n - 2, s))
    print(ident(n < 2), ident(n >= 7), two(n == 7, n != 7))
    print(len(s), abs(n - 10), len([n, n]))

args_of(7, "ab", 2**53 - 1)

def unbound_arg():
    if False:
        v = 1
    return ident(v)

def unbound_fused():
    if False:
        w = 1
    return ident(w - 1)

def unbound_native():
    if False:
        z = 1
    return len(z)

for fn in (unbound_arg, unbound_fused, unbound_native):
    try:
        fn()
    except UnboundLocalError as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)

def bad_op(s):
    return ident(s - 1)

try:
    bad_op("x")
except TypeError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)

class T(tuple):
    pass

class L(list):
    pass

def unpack(v):
    a, b = v
    return b, a

for v in [(1, 2), [3, 4], "xy", T((5, 6)), L([7, 8]), {9: 0, 10: 0}, range(2), (x for x in "pq")]:
    print(unpack(v))

for v in [(1, 2, 3), [1], "xyz", (), 5, None, iter([1, 2, 3])]:
    try:
        unpack(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def pairs(d):
    out = []
    for k, v in d.items():
        out.append(k * v)
    for i, x in enumerate("abc"):
        out.append(x * i)
    return out, {x: i for i, x in enumerate("hello")}

print(pairs({2: 3, 4: 5}))

def deep(n):
    return ident(deep(n - 1)) if n else ident(1)

try:
    deep(5000)
except RecursionError as e:
    print("RecursionError", e)
print(deep(50))

def outer(n):
    return three(n, n - 1, bad_op(None))

outer(3)

def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f())
print(f(1, 2, a=3, b=4))
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))

def total(first, *rest):
    return first + sum(rest)

print(total(1), total(1, 2, 3))

def kwonly(a, *, b, c=3):
    return a, b, c

print(kwonly(1, b=2), kwonly(1, c=0, b=9))

def posonly(a, b, /, c):
    return a + b + c

print(posonly(1, 2, 3), posonly(1, 2, c=3))

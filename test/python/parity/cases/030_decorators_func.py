import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper

@trace
def add(a, b):
    "Add two numbers."
    return a + b

add(2, 3)
add(b=1, a=4)
print(add.__name__, add.__doc__)

def repeat(times):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(times)]
        return inner
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("x"))

def d1(f):
    return lambda: "d1(" + f() + ")"

def d2(f):
    return lambda: "d2(" + f() + ")"

@d1
@d2
def base():
    return "base"

print(base())

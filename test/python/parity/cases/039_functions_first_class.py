def apply(f, *args):
    return f(*args)

def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(apply(max, 3, 9, 2))
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))
def f(a, b=2, *c, d, e=5, **g):
    pass
print(callable(f), callable(3), callable(len), callable(type))
print(f.__name__, type(f).__name__)

import functools
from functools import partial, reduce, lru_cache

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 100))
base2 = partial(int, base=2)
print(base2("1010"), base2.func is int, base2.keywords)

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
print(square(9), partial(power, 2)(10))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info().hits > 0)

calls = []

@functools.lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * 10

slow(1); slow(2); slow(1); slow(3); slow(2)
print(calls)
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

# Recursive calls: the naive Fibonacci function.
SIZE = 30


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def run(n):
    return fib(n)

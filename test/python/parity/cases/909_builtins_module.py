# The builtins module's namespace is what every name lookup falls back to.
import builtins

_print = builtins.print
builtins.print = lambda *a, **k: _print("wrapped", *a, **k)
print(1)


def f():
    print(2)


f()
builtins.print = _print
print(3)
builtins.answer = 42
print(answer)
del builtins.answer
try:
    answer
except NameError as e:
    print(e)
print(builtins.__name__, __builtins__ is builtins, builtins.len is len)

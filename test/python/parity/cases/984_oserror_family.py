# The builtin exception classes CPython 3.11 has: OSError's PEP 3151 subclasses (OSError(errno, msg) picks them),
# IOError/EnvironmentError as OSError, UnicodeTranslateError, EncodingWarning; ImportError subclasses' keywords.
for n in [2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 5]:
    e = OSError(n, "msg")
    print(n, type(e).__name__, e)
print(IOError is OSError, EnvironmentError is OSError, BrokenPipeError.__mro__)
try:
    raise IOError("x")
except OSError as e:
    print(repr(e))
print(issubclass(UnicodeTranslateError, UnicodeError), EncodingWarning.__mro__)
class E(ImportError):
    pass
for f in [lambda: E("m", name="n").name, lambda: E("m", bogus=1), lambda: ImportError("a").msg, lambda: ImportError("a", path="p").path]:
    try:
        print(repr(f()))
    except TypeError as e:
        print(e)

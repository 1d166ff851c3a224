# Argument Clinic's count checks for builtins (getargs.c _PyArg_UnpackKeywords: too many in all, then too
# many positional, then a missing required one), list/tuple's own checks, and zip's keywords.
cases = [lambda: round(), lambda: int.from_bytes(), lambda: "a".split(maxsplit=1, sep=",", x=1), lambda: "a,b".split(",", 1, 2), lambda: "a".splitlines(True, 1), lambda: [].sort(1), lambda: sorted([], 1), lambda: int("1", 10, 3), lambda: b"a".decode("utf-8", "strict", 1), lambda: "a".rsplit(1, 2, 3), lambda: list(1, 2), lambda: dict.fromkeys(), lambda: "a".split(sepx=1), lambda: (1).to_bytes(1, "big", 3), lambda: round(1, 2, 3), lambda: "x".expandtabs(1, 2), lambda: enumerate([], 1, 2), lambda: zip(strict=1, x=2)]
for i, f in enumerate(cases):
    try: print(i, repr(f()))
    except BaseException as e: print(i, type(e).__name__, e)
class T(tuple): pass
class L(list): pass
class U(tuple):
    def __init__(self, *a, **k): pass
for f in [lambda: T(iterable=[1]), lambda: T([1],[2]), lambda: L(iterable=[1]), lambda: list.__init__([], [1], [2]), lambda: tuple([1],[2]), lambda: list(iterable=[1]), lambda: tuple(iterable=[1]), lambda: zip(x=2), lambda: list(zip([1], strict=True)), lambda: L([1, 2]), lambda: T((3,)), lambda: tuple(), lambda: list()]:
    try: print(repr(f()))
    except TypeError as e: print("TypeError", e)

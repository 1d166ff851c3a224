class ParseError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad number {s!r}") from e

try:
    parse("x1")
except ParseError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("while handling")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)

try:
    raise RuntimeError("no cause") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)

from contextlib import contextmanager, suppress, ExitStack

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("content", t)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")

try:
    with tag("err"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")

with swallow():
    1 / 0
print("continued")

with ExitStack() as stack:
    for n in ["x", "y"]:
        stack.enter_context(tag(n))
    print("body")

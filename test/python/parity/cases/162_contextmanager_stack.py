import contextlib
import threading

_local = threading.local()

def _stack():
    if not hasattr(_local, "stack"):
        _local.stack = []
    return _local.stack

@contextlib.contextmanager
def name_scope(name):
    stack = _stack()
    stack.append(name)
    try:
        yield "/".join(stack) + "/"
    finally:
        stack.pop()

with name_scope("outer") as a:
    print(a)
    with name_scope("inner") as b:
        print(b)
        try:
            with name_scope("boom"):
                raise KeyError("inside boom")
        except KeyError as e:
            print("caught", e, "stack now", "/".join(_stack()))
    print(_stack())
print(_stack())

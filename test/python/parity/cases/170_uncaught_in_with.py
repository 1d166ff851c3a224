import contextlib

@contextlib.contextmanager
def scope(name):
    print("enter", name)
    yield
    print("exit", name)

with scope("graph"):
    with scope("layer"):
        raise ValueError("Variable layer/kernel already exists")

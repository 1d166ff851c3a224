class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, tb):
        print("type:", exc_type.__name__ if exc_type else None)
        print("value:", repr(exc_value))
        print("has traceback:", tb is not None)
        return isinstance(exc_value, KeyError)

with Inspect():
    pass
with Inspect():
    {}["k"]
print("KeyError suppressed")
try:
    with Inspect():
        raise OSError("disk")
except OSError as e:
    print("escaped:", e)

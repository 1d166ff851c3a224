cases = [ValueError(), ValueError("one"), ValueError("a", "b"), KeyError("k"), KeyError(1), KeyError(), IndexError(3),
         TypeError(None), OSError("x"), RuntimeError(["l"])]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)

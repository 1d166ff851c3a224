def check_shape(shape):
    if not isinstance(shape, (list, tuple)):
        raise TypeError("shape must be a list or tuple, got %s" % type(shape).__name__)
    for i, d in enumerate(shape):
        if d is not None and d < 0:
            raise ValueError("Dimension %d must be >= 0, got %d" % (i, d))
    return list(shape)

for s in [(2, 3), [None, 4], 5, (1, -2)]:
    try:
        print(check_shape(s))
    except (TypeError, ValueError) as e:
        print("%s: %s" % (type(e).__name__, e))
print("{0!r:>12}|{1:<8}|{2:^5}".format("name", 3.5, True))
print("%-12r|%8.3f|%5s" % ("name", 3.5, True))

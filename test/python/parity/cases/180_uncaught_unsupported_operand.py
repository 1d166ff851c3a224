def combine(shape, extra):
    return shape + extra

print(combine((1, 2), (3,)))
print(combine([1, 2], (3,)))

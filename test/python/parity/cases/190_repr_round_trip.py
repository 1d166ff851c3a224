values = [0.1, 1 / 3, 2 ** 0.5, 1e-300, 123456789012345.6, 1e16 + 2, -2.5e-8]
for v in values:
    r = repr(v)
    print(r, float(r) == v, "%.17g" % v, "%r" % v, "{!r}".format(v), "{}".format(v))
print(repr([0.1, 0.2]), str((0.3,)), {0.5: 1e-7})

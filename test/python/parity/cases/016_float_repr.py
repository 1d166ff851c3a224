for x in [0.1, 0.2 + 0.1, 1.0, 1e16, 1e15, 123456789.123, 1e-5, 0.0001, 1e22, 2.5e-10, -0.0, 1 / 3, 2 / 3, 100.0, 1.5e300 * 1e10]:
    print(x, repr(x), str(x))
print(float("nan"), float("-inf"), float("1e3"), float(" 12.5 "), float(7))
print(3.0 * 1.1, 0.1 * 3, 1.1 + 2.2)
print(0.5 == 1 / 2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float.hex(1.5), (0.1).hex(), (3.0).is_integer(), (3.5).is_integer())
print((2.5).as_integer_ratio(), round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(1e308 * 10, -1e308 * 10, 5e-324 / 2)

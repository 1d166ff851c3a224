print(abs(-3), abs(2.5), abs(-0.0), abs(True))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(7, 1))
print(round(1234.5678, -2), round(-1.005, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, -5))
print(pow(2, 8), pow(2, -2), pow(-8, 1 / 3) if False else pow(9, 0.5), pow(3, 3, 7), 2 ** 0.5)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)

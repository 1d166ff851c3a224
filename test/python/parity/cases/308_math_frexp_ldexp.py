import math
for x in [5e-324, 1e-310, 2.2250738585072014e-308, 1e300, -3.5, 0.1, 1.0, 0.5, 123456.789]:
    m, e = math.frexp(x)
    print(m, e, math.ldexp(m, e) == x)
print(math.ldexp(5e-324, 1074), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080), math.ldexp(0.75, 1024 - 1))
try:
    math.ldexp(1.0, 1024)
except OverflowError as e:
    print(e)

import math
from math import sqrt, pi as PI

print(math.sqrt(16), sqrt(2), PI, math.e)
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), type(math.floor(2.0)).__name__)
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(10), math.comb(5, 2), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1.0))
print(math.log(math.e), math.log2(1024), math.log10(1000), math.log(8, 2), math.exp(0))
print(math.hypot(3, 4), math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 3), math.atan2(1, 1) * 4 == math.pi)
print(math.degrees(math.pi), math.radians(180), math.isqrt(17), math.pow(2, 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)

# Found by the differential fuzzer (session 11). Sequence repeat converts its count with
# PyNumber_AsSsize_t first, so a count beyond 64 bits is OverflowError on either sign; bytes and
# bytearray repeat from the right too; bytes(n) checks the size before the sign.
for expr in ["-(2**70) * 'ab'", "'ab' * -(2**70)", "[1] * -(2**64)", "(1,) * 2**63", "b'x' * -(2**70)",
             "-(2**70) * b'x'", "0x1f * b'ab'", "bytearray(b'x') * 2", "2 * bytearray(b'y')",
             "bytes(-(2**70))", "bytes(-5)", "bytes(2**64)", "b'ab' * 10**12"]:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
# float floor division and modulo: C's `if (mod)` is true for a NaN, so NaN propagates (_float_div_mod).
nan = float('nan')
inf = float('inf')
for a, b in [(0, nan), (0.0, nan), (5, nan), (nan, 2), (inf, 1), (1, inf), (-1, inf), (5.0, inf),
             (-5.0, inf), (inf, inf), (-0.0, 3), (0.0, -3), (-7.5, 2)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(not 'a' if False // nan else 'else branch')
# range_hash: the hash of (len, start, step); equal ranges hash alike.
print(hash(range(5)) == hash((5, 0, 1)), hash(range(1, 10, 2)) == hash((5, 1, 2)))
print(hash(range(0, 5)) == hash(range(0, 5, 1)), {range(5): 'a'}[range(0, 5)])
# A NaN hashes by identity since 3.10: the same object alike, never 0.
x = float('nan')
print(hash(x) == hash(x), hash(x) != 0)
# A big int beside a non-number is NotImplemented before any float conversion: the TypeError, while a
# big int beside a float is the conversion's OverflowError.
for f in [lambda: '12' - 2**4096, lambda: [] - 2**5000, lambda: 'a' + 2**5000, lambda: 2**5000 + 1.5]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

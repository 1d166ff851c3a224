# Subscripts beyond 64 bits: IndexError "cannot fit 'int' into an index-sized integer" (PyNumber_AsSsize_t),
# except range, which compares as a Python int; list.pop/insert's Argument Clinic OverflowError, raised before
# pop looks at an empty list; bytearray names itself in its index errors.
import collections
for seq in ['abc', [1, 2], (1,), b'xy', bytearray(b'z'), range(3)]:
    for k in [2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**70, -2**100]:
        try:
            print(seq[k])
        except Exception as x:
            print(type(seq).__name__, k, type(x).__name__, x)
xs = [1]
for k in [2**63, -2**70]:
    try:
        xs[k] = 2
    except Exception as x:
        print(type(x).__name__, x)
    try:
        del xs[k]
    except Exception as x:
        print(type(x).__name__, x)
    try:
        xs.pop(k)
    except Exception as x:
        print(type(x).__name__, x)
    try:
        xs.insert(k, 0)
        print(xs)
    except Exception as x:
        print(type(x).__name__, x)
try:
    [].pop('a')
except Exception as x:
    print(type(x).__name__, x)
try:
    [].pop(2**64)
except Exception as x:
    print(type(x).__name__, x)
try:
    bytearray(b'a')['x']
except Exception as x:
    print(type(x).__name__, x)

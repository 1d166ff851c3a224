try:
    int("xyz")
except ValueError as e:
    print(e.args, str(e))
try:
    [].pop()
except IndexError as e:
    print(e.args)
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e)
try:
    raise SystemExit(0)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    import math
    math.factorial(-1)
except ValueError as e:
    print(e)
e = StopIteration(5)
print(e.value, e.args)

import sys

print(sys.version_info[0], sys.version_info >= (3, 6), sys.version_info.major)
print(type(sys.argv).__name__, sys.maxsize == 2 ** 63 - 1)
sys.stdout.write("written directly\n")
print("to stderr", file=sys.stderr)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print("sys" in sys.modules, __name__)
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(sys.exc_info()[0])

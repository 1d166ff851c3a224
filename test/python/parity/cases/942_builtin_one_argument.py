# Builtins of one argument called with one positional argument (the call sites' fast path), beside
# the same builtins called with none, two, keywords or a starred list, and names rebound to them.


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


class Sized:
    def __len__(self):
        return 3

    def __abs__(self):
        return "abs!"

    def __repr__(self):
        return "Sized()"


def hashes(v):
    return hash(v) == hash(v)


def calls(x):
    out = []
    for f in (len, abs, repr, ascii, hashes, callable, chr, ord):
        try:
            out.append(f(x))
        except Exception as e:
            out.append(f"{f.__name__}: {type(e).__name__}: {e}")
    return out


for x in ([1, 2], -5, "é", Sized(), 65, 2**70, None, 1.5):
    print(calls(x))
print(attempt(len), attempt(len, [], []), attempt(len, obj=[]), attempt(abs, *[-3]))
print(len(*["abc"]), abs(*[-2.5]))
print(id(calls) == id(calls), type(id(1)).__name__)
g = len
print(g("four"), (lambda: len)()("xy"))
len = abs
print(len(-9))
del len
print(len("back"))


def shadow(len):
    return len(-1)


print(shadow(abs), shadow(repr))
print(abs(Sized()), abs(True), abs(-0.0), chr(0x1F600) == "\U0001F600")
print(ord(chr(200)), hash("") == hash(""), callable(len), ascii("é"))
print(len(5))

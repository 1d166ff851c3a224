# A subclass of bytes: built by bytes' constructor, still bytes everywhere, its own type kept.
class B(bytes):
    pass


class C(bytes):
    def __init__(self, *args):
        self.extra = len(args)


b = B(b"ab")
print(repr(b), type(b).__name__, isinstance(b, bytes), b == b"ab", hash(b) == hash(b"ab"))
print(b + b"c", b[0], b[1:], len(b), B(3), B("hi", "ascii"), B([65, 66]))
print(type(bytes(b)).__name__, type(b + b"").__name__, b.decode())
c = C(b"xyz")
print(c, c.extra)


class O:
    pass


try:
    O(1)
except TypeError as e:
    print(e)
B(1, 2, 3)

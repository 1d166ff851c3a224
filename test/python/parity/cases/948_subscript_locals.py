# Subscripts whose object and key are both local variables, read and stored: unbound either side,
# __getitem__/__setitem__ of a class, lists and strs, and a missing key (the traceback's position).


class Box:
    def __getitem__(self, k):
        return ("get", k)

    def __setitem__(self, k, v):
        print("set", k, v)


def read(d, k):
    return d[k]


def write(d, k, v):
    d[k] = v
    return d


def unbound():
    try:
        print(m[k])
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    m = {}
    try:
        m[k] = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    k = "x"
    m[k] = 2
    return m[k], m


print(unbound())
print(read({"a": 1}, "a"), read([5, 6], -1), read("xyz", 1), read(Box(), (1, 2)))
print(write({}, 1, 2), write([0, 0], 1, 9))
write(Box(), "k", "v")
for d, k in (([1], 5), ({}, [1]), ((1,), "a")):
    try:
        read(d, k)
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(read({"present": 1}, "absent"))

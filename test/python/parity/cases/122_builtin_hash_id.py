print(hash(1) == hash(1.0), hash(True) == hash(1), hash((1, 2)) == hash((1, 2)))
print(hash(0), hash(-1), hash(10), hash(2 ** 61 - 1), hash(2 ** 61))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
print(hash(None) == hash(None), hash(frozenset([1])) == hash(frozenset([1])))
try:
    hash({})
except TypeError as e:
    print(e)

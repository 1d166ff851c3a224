print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 400 > 1e308)
print(max(1, 2.5, 2), min([3, 1.0, 2]), sorted([3, 1.5, 2, -1]))
print("abc" == "abc", "a" * 3 == "aaa", [1, [2]] == [1, [2]], (1,) == [1])
print({1, 2} == {2, 1}, {1: 2} == {1: 2.0}, frozenset([1]) == {1})
try:
    print(1 < "a")
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
try:
    print(None > 0)
except TypeError as e:
    print(e)
print(1 != "1", None == 0, None != None)

print(len([1, 2]), len("abc"), len({}), len(range(10)), len({1, 2}), len((1,)))
print(list(enumerate("abc")), list(enumerate("ab", start=1)))
for i, ch in enumerate("xy", 10):
    print(i, ch)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(dict(zip("ab", [1, 2])))
print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, "", "a", None])), list(filter(str.isdigit, "a1b2")))

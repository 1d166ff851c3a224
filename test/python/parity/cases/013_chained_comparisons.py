x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 == 2)
print(1 == 1.0 == True)
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, None is None)
print("a" < "b" < "c", (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(0) < noisy(5))
print(2 in [1, 2, 3], "bc" in "abcd", 4 not in {1: 2}, "k" in {"k": 0})

lst = list(range(10))
lst[0] = 100
lst[-1] = -1
print(lst)
lst[2:5] = ["a", "b"]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
del lst[1]
print(lst)
del lst[::3]
print(lst)
d = {}
d["k"] = 1
d[1, 2] = "tuple key"
print(d)
del d["k"]
print(d)
nested = [[0] * 3 for _ in range(2)]
nested[1][2] = 7
print(nested)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)

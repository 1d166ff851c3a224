print(min(3, 1, 2), max([3, 1, 2]), min("bca"), max("apple", "pear", key=len))
print(min([], default="empty"), max([1, 5, 3], key=lambda x: -x))
print(sum([1, 2, 3]), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(101)), sum([1, 2], 10))
print(max([(1, "b"), (1, "a")]), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)

data = [3, 1, 2]
print(data.sort(), data)
print(sorted(data, key=None), sorted(data, key=lambda v: -v))
try:
    data.sort(lambda a: a)
except TypeError as e:
    print(e)
try:
    sorted([{"a": 1}, {"b": 2}])
except TypeError as e:
    print(e)
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)

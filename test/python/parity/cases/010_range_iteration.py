print(list(range(5)))
print(list(range(2, 10, 3)))
print(list(range(10, 0, -2)))
print(list(range(0)))
r = range(1, 20, 4)
print(r, len(r), r[2], r[-1], 9 in r, 10 in r)
print(r[1:3])
print(list(reversed(range(4))))
print(range(5) == range(0, 5), r.index(13), r.count(5))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)

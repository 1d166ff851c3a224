print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in "ab"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "hello" if c != "l"])
x = "outer"
print([x for x in range(3)], x)
print([y := 5, y ** 2])
print([v if v > 2 else -v for v in range(5)])

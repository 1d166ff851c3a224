matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
print(list(map(int, "3 1 2".split())), dict(zip(["a", "b"], map(str, range(2)))))
rows, cols = len(matrix), len(matrix[0])
flat = [matrix[r][c] for c in range(cols) for r in range(rows)]
print(flat, sum(map(sum, matrix)), max(map(max, matrix)))
names, values = zip(*[("x", 1), ("y", 2)])
print(names, values)

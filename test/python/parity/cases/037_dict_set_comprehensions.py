print({k: v for k, v in zip("abc", range(3))})
print({x: x ** 2 for x in range(5) if x != 2})
print(sorted({x % 4 for x in range(20)}))
words = ["apple", "bob", "cat", "apple", "bob"]
print({w: len(w) for w in words})
print(sorted({len(w) for w in words}))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
nested = {i: {j: i * j for j in range(3)} for i in range(2)}
print(nested)

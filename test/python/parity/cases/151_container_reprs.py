print([1.0, 2.5, 1e-7, -0.0], (1,), ("a", 'b"c', "d'e"), {(1, 2): [3]}, {1: {2: {3: None}}})
print([[]], [()], [{}], [set()], [frozenset({1})], {"k": [1, (2, {3})]})
print(repr("quote's"), [None, True, False], [print][0] is print)
nested = [1]
nested.append(nested)
print(nested)
d = {}
d["self"] = d
print(d)
print(list(range(3)), range(3), repr(range(1, 9, 2)), slice(1, 2))

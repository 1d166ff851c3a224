# A starred target in a comprehension's for clause (CPython 3.11 accepts it as in a for statement).
print([s for *s, last in [(1, 2, 3), (4, 5)]])
print({a: b for a, *b in ["xyz", "uv"]})
print(list(x for *x, in [(1,), (2, 3)]))
print({tuple(t) for *t, u in [(1, 2), (3,)] if t})
print([f(*a) for f, *a in [(max, 1, 5), (min, 2, 3)]])

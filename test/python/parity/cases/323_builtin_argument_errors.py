# The messages of builtins given arguments of the wrong kind, in CPython 3.11's order of checks.
cases = [
    ('getattr(1, 2)', lambda: getattr(1, 2)),
    ('setattr(1, 2, 3)', lambda: setattr(1, 2, 3)),
    ('int(1, 2)', lambda: int(1, 2)),
    ("int('1', (1,))", lambda: int('1', (1,))),
    ('int(5, 99)', lambda: int(5, 99)),
    ("int('7', 1)", lambda: int('7', 1)),
    ("bytes(1, 'x')", lambda: bytes(1, 'x')),
    ('bytes(1.5)', lambda: bytes(1.5)),
    ("bytes('a', 1)", lambda: bytes('a', 1)),
    ("bytes(errors='x')", lambda: bytes(errors='x')),
    ("bytes(1, errors='x')", lambda: bytes(1, errors='x')),
    ('format(1, None)', lambda: format(1, None)),
    ("'a'.replace(None, 'b')", lambda: 'a'.replace(None, 'b')),
    ("max(1, 'a')", lambda: max(1, 'a')),
    ("min([1, 'a'])", lambda: min([1, 'a'])),
    ("max([1, 2, 'x', 3])", lambda: max([1, 2, 'x', 3])),
    ("sorted([1.5, [], 'a'])", lambda: sorted([1.5, [], 'a'])),
    ("sorted([3, 'a', 1])", lambda: sorted([3, 'a', 1])),
    ("sorted(['a', 1])", lambda: sorted(['a', 1])),
    ("sorted([2, 1, 'z', 0])", lambda: sorted([2, 1, 'z', 0])),
]
for src, f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
print(sorted([5, 3, 9, 1, 1, 8, 2, 7, 0, 4, 6]), sorted([3, 2, 1]), sorted([1, 2, 3, 0]), max(3, 9, 2), min("b", "a"))

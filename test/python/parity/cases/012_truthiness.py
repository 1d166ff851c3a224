values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {"a": 1}, set(), None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v))
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
print(bool(Empty()), bool(Falsy()), bool(object()))
print(0 or "x", 1 and "y", [] or [] and 1, None or 0)

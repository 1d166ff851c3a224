import pickle
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
class Empty:
    pass
shared = [1, 2]
values = [None, True, False, 0, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**64, -2**70, 10**30,
          0.0, -0.0, 1.5, 1e300, 5e-324, float('inf'), -float('inf'), 3.141592653589793,
          "", "abc", "é☃😀", "x" * 300, b"", b"\x00\xff", b"y" * 300,
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, "a", [2]], {}, {"k": 1}, {"a": 1, "b": (2, 3)},
          set(), {1}, frozenset(), frozenset({5}), [shared, shared], {"p": Point(1, 2)}, Point, len, Empty(),
          list(range(1200)), {i: str(i) for i in range(3)}]
for v in values:
    for proto in (2, 3, 4, 5):
        if proto == 2 and isinstance(v, (bytes, set, frozenset)):
            continue
        try:
            data = pickle.dumps(v, protocol=proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        if proto == 4:
            print(data if len(data) < 200 else (len(data), data[:40], data[-20:]))
        ok = back == v or (v != v) or isinstance(v, Empty)
        if not ok:
            print("MISMATCH", proto, repr(v)[:50], repr(back)[:50])
nan = pickle.loads(pickle.dumps(float('nan')))
print(nan != nan, pickle.dumps(float('nan')))
a = [shared, shared]
b = pickle.loads(pickle.dumps(a))
print(b[0] is b[1], type(pickle.loads(pickle.dumps(Empty()))).__name__)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
for bad in [lambda: 0, (x for x in [])]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
try:
    pickle.loads(b"")
except EOFError as e:
    print(e)
try:
    pickle.loads("s")
except TypeError as e:
    print(e)
import io
buf = io.BytesIO() if hasattr(io, "BytesIO") else None
for v in [{1, 2}, frozenset({3}), len, [{4}]]:
    for proto in (2, 3):
        d = pickle.dumps(v, protocol=proto)
        print(proto, d, pickle.loads(d) == v)

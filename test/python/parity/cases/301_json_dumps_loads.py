import json
data = {"name": "model", "layers": [64, 32, 10], "lr": 0.001, "ok": True, "none": None, "t": (1, 2), "nested": {"b": 1, "a": [], "c": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, indent="\t"))
print(json.dumps([1e16, 1.5, -0.0, 10**20, float('nan'), float('inf'), -float('inf')]))
print(json.dumps("héllo \u2603 \U0001F600 \x01 \"q\" \\ /"))
print(json.dumps("héllo \u2603", ensure_ascii=False))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}))
class P:
    def __init__(self, x): self.x = x
print(json.dumps({"p": P(3)}, default=lambda o: o.__dict__))
for bad in [P(1), {(1, 2): 3}, float('nan')]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print(e)
s = json.dumps(data)
print(json.loads(s))
print(json.loads('  [1, 2.5, -3e2, "x\\n\\u00e9\\ud83d\\ude00", true, false, null, {"a": {}}, []] '))
print(json.loads('NaN'), json.loads('-Infinity'), json.loads('1E+2'), json.loads('-0'))
for doc in ['', '   ', '{', '{"a" 1}', '{"a": }', '[1, 2', '[1 2]', '{"a": 1,}', '[1,]', '"abc', '"a\\x"', '"\\u12"',
            '"a\nb"', '[1] x', "{'a': 1}", 'tru', '{"a":1} {', '\n\n  [\n 1,\n oops]', '01', '1.', '-', '.5', b'[1]', '\ufeff[]']:
    try:
        print(repr(doc), '->', json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), '!!', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(None)
except TypeError as e:
    print(e)
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('{"a": 1.5}', parse_float=str, object_hook=lambda d: sorted(d)))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
from json.decoder import JSONDecodeError
print(JSONDecodeError is json.JSONDecodeError, issubclass(JSONDecodeError, ValueError))
print(json.JSONEncoder(indent=2).encode({"a": [1]}))
print(json.JSONDecoder().decode("[1]"))
print(json.dumps({"a": 1}, indent=0))
print(json.dumps([[]], indent=2))
print(repr(json.dumps(None)), json.dumps(True))

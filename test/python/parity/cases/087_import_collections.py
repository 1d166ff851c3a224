from collections import OrderedDict, defaultdict, namedtuple, Counter, deque

dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields)
x, y = p
print(x + y, isinstance(p, tuple))

c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"])
c.update("aaa")
print(c["a"], sorted(c.elements())[:6])

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(list(od), od.popitem(last=False))

dq = deque([1, 2, 3], maxlen=4)
dq.append(4)
dq.append(5)
dq.appendleft(0)
print(dq, dq.popleft(), dq.pop(), len(dq))
dq.rotate(1)
print(list(dq))

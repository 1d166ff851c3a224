items = list(range(10))
for i in range(len(items) - 1, -1, -1):
    if items[i] % 3 == 0:
        del items[i]
print(items)
d = {k: k * k for k in range(6)}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
s = set(range(5))
for x in sorted(s):
    if x > 2:
        s.discard(x)
print(sorted(s))

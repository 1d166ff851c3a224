a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[5:2:-1], a[-1:-4:-1], a[100:], a[3:3])
b = a[:]
b[2:4] = []
print(b)
b[:0] = ["start"]
print(b)
b[len(b):] = ["end"]
print(b)
a[1:9:2] = "abcd"
print(a)
print(a[slice(1, 5)], a[slice(None, None, -3)])
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5))

class Box:
    pass

b = Box()
b.x = 1
b.y = [1, 2]
b.y.append(3)
print(b.x, b.y)
b.x += 5
print(b.x)
del b.x
print(hasattr(b, "x"))
try:
    b.x
except AttributeError as e:
    print(e)
try:
    del b.zzz
except AttributeError as e:
    print(e)
print(sorted(vars(b)))

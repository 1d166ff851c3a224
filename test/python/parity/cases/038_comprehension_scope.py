class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]

print(C.doubled)

def f():
    n = 10
    return [n + i for i in range(3)]

print(f())
i = "unchanged"
_ = [i for i in range(5)]
print(i)
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])

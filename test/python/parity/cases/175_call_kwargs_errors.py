def f(a, b=2, **kw):
    return a, b, sorted(kw.items())

print(f(1, **{"b": 3, "c": 4}))
print(f(**{"a": 1}))
for call in [lambda: f(1, **{"a": 2}), lambda: f(**{"a": 1}, a=2), lambda: f(*[1, 2, 3]), lambda: f(1, **{1: 2})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

x = 10

def f():
    print(x)
    x = 5

try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def g():
    try:
        return undefined_name
    except NameError as e:
        return str(e)

print(g())
f()

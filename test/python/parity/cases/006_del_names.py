x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())

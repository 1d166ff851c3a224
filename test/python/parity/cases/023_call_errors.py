def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

def two(a, b):
    return a + b

def kwonly(a, *, b):
    return a

def posonly(a, /):
    return a

attempt(lambda: two(1))
attempt(lambda: two(1, 2, 3))
attempt(lambda: two(1, c=2))
attempt(lambda: two(1, 2, a=3))
attempt(lambda: kwonly(1, 2))
attempt(lambda: kwonly(1))
attempt(lambda: posonly(a=1))
attempt(lambda: two())
attempt(lambda: len())
attempt(lambda: len(1, 2))
five, text = 5, "x"
attempt(lambda: five())
attempt(lambda: text(1))

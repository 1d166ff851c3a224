def set_str():
    s = "abc"
    s[1] = "x"

def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: 1 + "a")
attempt(lambda: "a" + 1)
attempt(lambda: [1] + (2,))
attempt(lambda: 3 * None)
nothing, five = None, 5
attempt(lambda: nothing[0])
attempt(lambda: five[0])
attempt(lambda: {}[[]])
attempt(lambda: hash([]))
attempt(lambda: int(None))
attempt(lambda: sum(["a", "b"]))
attempt(set_str)
attempt(lambda: len(5))
attempt(lambda: iter(5))
attempt(lambda: next([1]))
attempt(lambda: sorted([1, "a"]))
attempt(lambda: -"x")
attempt(lambda: ~1.5)
attempt(lambda: "a" * 1.5)

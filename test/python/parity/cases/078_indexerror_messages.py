def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: [1, 2][5])
attempt(lambda: (1,)[3])
attempt(lambda: "ab"[9])
attempt(lambda: [].pop())
attempt(lambda: [1].pop(4))
attempt(lambda: range(3)[7])
attempt(lambda: [1, 2].index(9))
attempt(lambda: "abc".index("z"))
half = 1.5
attempt(lambda: [1][half])
attempt(lambda: {}.popitem())
attempt(lambda: set().pop())
attempt(lambda: [].remove(1))

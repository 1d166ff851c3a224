def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: 1 / 0)
attempt(lambda: 1.0 / 0)
attempt(lambda: 1 // 0)
attempt(lambda: 1 % 0)
attempt(lambda: 5.0 // 0.0)
attempt(lambda: float("abc"))
attempt(lambda: int("12a"))
attempt(lambda: int("1.5"))
attempt(lambda: int(float("inf")))
attempt(lambda: int(float("nan")))
attempt(lambda: 2.0 ** 10000)
attempt(lambda: int("z", 37))
attempt(lambda: divmod(7.5, 2))
attempt(lambda: -7.5 // 2)
attempt(lambda: -7.5 % 2)

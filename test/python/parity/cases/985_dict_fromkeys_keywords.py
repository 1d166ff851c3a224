# dict.fromkeys is positional-only (dict_fromkeys, Argument Clinic): keywords refused before the count.
for f in [lambda: {}.fromkeys(iterable=[1]), lambda: dict.fromkeys([1, 2], 0), lambda: dict.fromkeys(), lambda: dict.fromkeys([1], value=3)]:
    try:
        print(f())
    except TypeError as e:
        print(e)

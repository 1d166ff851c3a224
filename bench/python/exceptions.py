# Raising and catching exceptions in a loop.
SIZE = 1000000


class Invalid(ValueError):
    pass


def check(i):
    if i % 3 == 0:
        raise Invalid(i)
    return i


def run(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += check(i)
        except Invalid as e:
            caught += 1
        finally:
            total += 1
    try:
        {}["missing"]
    except KeyError:
        caught += 1
    return caught, total

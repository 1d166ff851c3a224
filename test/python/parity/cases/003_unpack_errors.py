def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def too_many():
    a, b = [1, 2, 3]

def too_few():
    a, b, c = [1, 2]

def not_iterable():
    a, b = 5

def star_too_few():
    a, b, *c = [1]

attempt(too_many)
attempt(too_few)
attempt(not_iterable)
attempt(star_too_few)

def gen():
    yield 1
    raise StopIteration("inside generator")

try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__)

def first(iterable):
    for x in iterable:
        return x
    return None

print(first([]), first("abc"))

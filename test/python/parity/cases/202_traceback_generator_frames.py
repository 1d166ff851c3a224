def numbers():
    yield 1
    yield 2
    raise KeyError("exhausted source")

def doubled(it):
    for n in it:
        yield n * 2

total = 0
for v in doubled(numbers()):
    total += v
    print("running", total)

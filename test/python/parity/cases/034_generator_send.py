def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration:
    print("stopped")

def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = guarded()
print(next(g))
g.close()

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)

c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError("again"))

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

class Range2:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2

print(list(Countdown(4)), sum(Countdown(10)))
r = Range2(3)
print(list(r), list(r))
print(list(zip(Countdown(3), Range2(5))))
it = iter([1, 2])
print(next(it), next(it), next(it, None))

from itertools import islice, count

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(list(islice(primes(), 15)))
evens = (n for n in count() if n % 2 == 0)
print(next(evens), next(evens), list(islice(evens, 3)))
print(list(islice("abcdefg", 1, 6, 2)))

people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))

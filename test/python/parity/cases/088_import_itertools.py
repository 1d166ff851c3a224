import itertools as it

print(list(it.islice(it.count(10, 5), 4)))
print(list(it.chain([1, 2], "ab", range(2))))
print(list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.product("ab", repeat=2)))
print(list(it.product([1, 2], "xy")))
print(list(it.permutations([1, 2, 3], 2)))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(list(it.repeat("x", 3)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
for key, group in it.groupby("aaabccdd"):
    print(key, list(group))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcd", [1, 0, 1, 0])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))

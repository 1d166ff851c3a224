data = [5, 2, 8, 1, 9]
print(sorted(data), sorted(data, reverse=True), data)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(list(reversed(data)), list(reversed("abc")), list(reversed((1, 2))))
records = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(records, key=lambda r: r[1]))
data.sort(key=lambda x: -x)
print(data)
print(sorted([[2, "b"], [1, "z"], [2, "a"]]))

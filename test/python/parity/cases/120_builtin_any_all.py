print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
print(any("abc"), all(["", "x"]))
def gen():
    for i in range(10):
        print("yield", i)
        yield i
print(any(v == 2 for v in gen()))

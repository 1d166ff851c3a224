class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

print(list(Squares()), 9 in Squares(), 7 in Squares())
for v in Squares():
    print(v, end=" ")
print()
a, b, *rest = Squares()
print(a, b, rest, sorted(Squares(), reverse=True))

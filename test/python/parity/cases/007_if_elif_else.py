def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 42]:
    print(n, classify(n))
x = 5
print("yes" if x > 3 else "no")
print("a" if [] else "b")
if not None and 0 == 0.0:
    print("falsy None, int equals float")

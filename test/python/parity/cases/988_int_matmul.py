# int, bool and float have no @: TypeError naming the operator (and @= for the augmented form).
for f in (lambda: 3 @ 2, lambda: True @ 2, lambda: 2.5 @ 1, lambda: [1] @ 2):
    try:
        print(f())
    except TypeError as e:
        print(e)
x = 3
try:
    x @= 2
except TypeError as e:
    print(e)
print(3 @ 2)

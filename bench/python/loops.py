# Loops with integer and float arithmetic.
SIZE = 1400


def run(n):
    total = 0
    acc = 0.0
    for i in range(n):
        for j in range(n):
            total += (i * j) % 7
            if j & 1:
                acc += i / (j + 1)
        total -= i
    return total, round(acc, 3)

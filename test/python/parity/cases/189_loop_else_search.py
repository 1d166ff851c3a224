def find_divisor(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return d
    return None

for n in [7, 15, 49, 97]:
    d = find_divisor(n)
    print(n, "prime" if d is None else "divisible by %d" % d)

for attempt in range(3):
    if attempt == 5:
        break
else:
    print("all attempts ran")

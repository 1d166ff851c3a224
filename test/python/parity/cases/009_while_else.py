n = 0
while n < 3:
    n += 1
else:
    print("done", n)
n = 10
while True:
    n -= 3
    if n < 0:
        break
print(n)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print(i)
else:
    print("unreachable")

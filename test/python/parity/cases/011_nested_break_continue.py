found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
total = 0
for k in range(20):
    if k % 3 == 0:
        continue
    total += k
print(total)

for i in range(5):
    if i == 10:
        break
else:
    print("no break, i =", i)
for i in range(5):
    if i == 2:
        print("breaking at", i)
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        print(i, j, end="; ")
print()

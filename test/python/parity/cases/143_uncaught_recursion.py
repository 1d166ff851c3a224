def forever(n):
    return forever(n + 1) + 1

print("descending")
forever(0)

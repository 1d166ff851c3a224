raw = ["1", "2", "three"]
total = 0
for r in raw:
    total += int(r)
    print("running total", total)

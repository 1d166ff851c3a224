parts = []
for i in range(5):
    parts.append(f"item{i}")
print(",".join(parts))
s = ""
for ch in "abc":
    s += ch * 2
print(s)
lines = ["%-6s|%4d" % (name, n) for name, n in [("a", 1), ("bb", 22), ("ccc", 333)]]
print("\n".join(lines))
table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
for row in table:
    print(" ".join(f"{v:3}" for v in row))

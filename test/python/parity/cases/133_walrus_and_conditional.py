values = [3, 8, 1, 9]
if (n := len(values)) > 3:
    print("long list", n)
while (v := values.pop()) != 8:
    print("popped", v)
print(values, [y for x in range(5) if (y := x * x) > 4])

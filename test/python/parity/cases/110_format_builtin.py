print(format(3.14159, ".2f"), format(42, "08b"), format(255, "x"), format("s", ">4"), format(1234567, ","))
print(format(0.5, "%"), format(1e-10), format(123, ""), format(True), format(None))
print(format(12.0, "g"), format(1e16, "g"), format(0.00001, "g"), format(123456789.0, ".3e"))
print(format(-0.0, ".1f"), format(float("inf"), "10.2f"), format(float("nan"), "+"))
print(format(7, "c"), format(65, "^5c"), format(3, "+05"), format(-3, "=+6"))
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
try:
    format(1, ".2s")
except ValueError as e:
    print(e)

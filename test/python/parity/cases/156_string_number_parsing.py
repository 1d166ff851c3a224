samples = ["42", "-17", "3.14", "1e3", "0x1f", "  8  ", "1_000", "abc", "", "inf", "nan", "-0"]
for s in samples:
    results = []
    for conv in (int, float):
        try:
            results.append(repr(conv(s)))
        except ValueError as e:
            results.append("ValueError")
    print(repr(s), results)
print(int("0x1f", 16), int("1f", 16), int("z", 36), float("1e-3"), int("  -0b11  ", 0))

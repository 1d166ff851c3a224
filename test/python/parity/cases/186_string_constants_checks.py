valid = set("abcdefghijklmnopqrstuvwxyz0123456789_")
for name in ["conv_1", "Conv1", "a-b", ""]:
    ok = bool(name) and all(c in valid for c in name.lower())
    print(repr(name), ok, name.isidentifier(), name.lower(), name.replace("_", " ").title())
print("{:-^30}".format(" summary "), "=" * 10)
header = "%-10s %10s" % ("name", "value")
print(header)
print("-" * len(header))
for k, v in [("lr", 0.001), ("steps", 1000), ("decay", 0.96)]:
    print("%-10s %10s" % (k, v))

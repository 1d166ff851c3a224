print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "), "a,b,c".split(",", 1))
print("a b c".rsplit(None, 1), "k=v=w".rsplit("=", 1), "".split(), "".split(","))
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True))
print("-".join(["x", "y", "z"]), "".join(map(str, range(5))), ", ".join([]))
print("key: value".partition(": "), "no-sep".partition(":"), "a.b.c".rpartition("."))
try:
    "-".join([1, 2])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)

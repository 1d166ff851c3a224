s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.index("fox"))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("lazy", 0, -4))
print(s.replace("the", "a"), s.replace("o", "0", 2), "abc".replace("", "-"))
print("hello"[1:4], "hello"[::-1], "hello"[-3:], "hello"[::2], "hello"[10:], "hello"[-100:2])
print("ab" * 3, "-" * 0, 3 * "x", "a" + "b", "b" in "abc", "abc" < "abd")
try:
    s.index("cat")
except ValueError as e:
    print(e)

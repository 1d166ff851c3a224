s = "  \t padded \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHelloabc".strip("cba"), "www.example.com".lstrip("w."))
print("42".zfill(5), "-42".zfill(6), "+7".zfill(3), "abc".zfill(2))
print("[" + "hi".center(7) + "]", "[" + "hi".center(8, "*") + "]", "[" + "x".ljust(4, ".") + "]", "[" + "x".rjust(4) + "]")
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))

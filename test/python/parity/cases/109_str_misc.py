print(ord("a"), ord("€"), chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
print(str(123), str(1.5), str(None), str([1, "a"]), str((1,)), str({"a": 1}))
print(len("hello"), "hello".encode(), b"hi".decode(), "é".encode("utf-8"))
print(sorted("banana"), list("abc"), tuple("ab"), set("aab") == {"a", "b"})
print(min("hello"), max("hello"), "".join(sorted(set("mississippi"))))
print("%s" % "x" * 3, "a,b".split(",")[1], "abc"[1], "x".join("abc"))
print(str.upper("abc"), "Hi".__len__(), "abc".__contains__("b"))
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)

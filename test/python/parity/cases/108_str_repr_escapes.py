for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x7f", "é", "日本", "\u200b", "\U0001F600", "\r"]:
    print(repr(s), len(s))
print(ascii("é日"), str(b"bytes"), repr(b"\x00\xffab'"), repr(bytearray(b"x")))
print("\x41\u0042\U00000043", "\101", r"\n raw", len("\\"))

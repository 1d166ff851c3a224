s = "naïve café"
print(len(s), s.upper(), s[2], s[-4:], list(s[:3]))
print([c for c in s if not c.isascii()], s.encode("utf-8"), len(s.encode("utf-8")))
print(sorted(set(s)), s.count("é"), s.find("é"), s.replace("é", "e"))
print("ǅungla".istitle(), "ǆ".title(), "ß".lower(), "ﬀ".upper(), "İ".lower() == "i̇")

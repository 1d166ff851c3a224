s = "Hello, World of Python"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print("they're bill's".title(), "ß".upper(), "ǅ".lower(), "straße".casefold())
print(s.isupper(), s.islower(), "ABC".isupper(), "abc1".islower(), "Title Case".istitle())
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "½".isnumeric(), "²".isdigit(), "²".isdecimal())
print("  ".isspace(), "".isspace(), "var_1".isidentifier(), "1var".isidentifier(), "x y".isprintable(), "\n".isprintable())
print("abc".isascii(), "é".isascii(), "Ⅻ".isnumeric())

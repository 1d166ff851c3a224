# CPython 3.11 refuses decimal conversions of ints over 4,300 digits (sys.int_info.default_max_str_digits).
x = 10**5000
for f in (str, repr, lambda v: str(-v)):
    try:
        print(f(x)[:3])
    except ValueError as e:
        print(type(e).__name__, e)
print(str(10**4299)[:4], len(str(-10**4299)), hex(x)[:6])
print(int("9" * 4300) % 1000)

# chr() converts its argument to a C int first (OverflowError beyond 32 bits); str(x, encoding) or
# str(x, errors=...) decodes, and refuses a str by name.
for e in ['chr(2**31)', 'chr(2**31-1)', 'chr(-2**31-1)', 'chr(-2**31)', 'chr(2**70)', 'chr(-1)', "str('a', 'utf-8')", "str(1, 'utf-8')", "str([], errors='strict')", "str(b'ab', 'ascii')"]:
    try:
        print(repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)

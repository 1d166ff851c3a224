# A form feed (page break) on a line of its own, or before code, is whitespace to CPython.
x = 1

y = 2
print(x, y)
def f():
    s = """a

b"""
    
    return len(s)
  # a comment after a page break
print(f())

text = """First line
    second indented
third"""
print(text)
print(len(text.splitlines()))
joined = ("implicit "
          "concatenation "
          'of strings')
print(joined)
raw = r"C:\new\table"
print(raw, len(raw))
print("tab\tsep", 'single\'quote', "double\"quote")
b = b"bytes" + b"!"
print(b, b[0], b[1:3], list(b[:2]), b.decode())

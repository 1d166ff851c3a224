# bytes and bytearray strip, lstrip and rstrip: ASCII whitespace only, given bytes, argument checks.
cases = [lambda: b' x '.strip(), lambda: b'xaxbx'.strip(b'x'), lambda: b' x '.strip(None), lambda: b'x'.strip('x'), lambda: b'x'.strip(1),
         lambda: bytearray(b' a ').strip(), lambda: b'ab'.lstrip(bytearray(b'a')), lambda: b'ab'.rstrip(b'b'), lambda: b'\t\n\x0b\x0c\r x\x1c\xa0 '.strip(),
         lambda: b' x '.lstrip(), lambda: b' x '.rstrip(), lambda: b'xx'.strip(b'x'), lambda: b' x '.strip(b''), lambda: b'x'.strip(b'x', b'y'),
         lambda: b'x'.strip(bytes=b'x'), lambda: bytearray(b'x').rstrip(chars=b'x')]
for i, f in enumerate(cases):
    try:
        print(i, repr(f()))
    except TypeError as e:
        print(i, "TypeError:", e)
b = b"same"
print(b.strip() is b, b.lstrip(b"z") is b)
class B(bytes):
    pass
print(type(B(b" x ").strip()).__name__, type(B(b"x").strip()).__name__, type(bytearray(b"x").strip()).__name__)

# bytes.hex(sep, bytes_per_sep) as pystrhex.c: groups counted from the right (positive) or left (negative), one ASCII
# separator, its errors in CPython's order; a positional sep was ignored before.
for args in [(), (':',), (':',2), (':',-2), (b'-',), ('',), ('ab',), (1,), (':', 0), ('é',), (':', 2**70), ([':'],), (bytearray(b':'),), (':', 1.0), (':', 3), (':', -3)]:
    for b in [b'', b'\x01', b'\x01\x02\x03', b'\x01\x02\x03\x04\x05\x06\x07']:
        try: print(repr(b), args, repr(b.hex(*args)))
        except Exception as e: print(repr(b), args, type(e).__name__, e)
print(bytearray(b'ab').hex('-'))
try: b'a'.hex(sep=':', bytes_per_sep=1, x=1)
except TypeError as e: print(e)
try: b'a'.hex(':', 1, 2)
except TypeError as e: print(e)
print(b'ab'.hex(bytes_per_sep=1, sep='.'), b'abc'.hex(bytes_per_sep=2))
f = bytearray(b'ab').hex
print(f(sep=':'), f(':'), f())
print(bytearray.hex(bytearray(b'a')), bytearray(b'xy').decode(), len(bytearray(b'ab')), list(bytearray(b'ab')), bytearray(b'ab')[0], 97 in bytearray(b'a'), bytearray(b'a') == b'a')
try:
    bytearray.hex(b'a')
except TypeError as e:
    print(e)

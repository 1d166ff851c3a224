# bytes.decode and str(bytes, encoding): utf-8 keeps a BOM, latin-1 and ascii under their aliases, ascii raises on bytes past 127.
print(b'abc'.decode(), b'\xef\xbb\xbfx'.decode('utf-8') == '\ufeffx', str(b'\xe9', 'latin-1'), b'x'.decode('UTF_8'), b'x'.decode('U8'), str(b'ok', 'ascii'))
try:
    b'a\xffb'.decode('ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(b'a\x80', encoding='us-ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)

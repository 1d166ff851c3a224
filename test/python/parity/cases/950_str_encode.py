# str.encode: its codecs under CPython's aliases, its argument checks (Argument Clinic's words), keywords.
for f in [lambda: 'a'.encode(1), lambda: 'a'.encode('utf-8', 2), lambda: 'a'.encode(encoding='UTF_8'), lambda: 'é'.encode('latin-1'), lambda: 'é'.encode('Latin1'), lambda: 'a'.encode('utf-8','strict','x'), lambda: 'a'.encode(bad=1), lambda: 'ab'.encode('ascii'), lambda: 'é€'.encode(), lambda: 'é'.encode(encoding='utf-8', errors='strict')]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)

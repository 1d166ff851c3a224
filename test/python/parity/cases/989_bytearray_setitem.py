ba = bytearray(b'ab')
for f in (lambda: ba.__setitem__(5, 1), lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, 'x'), lambda: ba.__setitem__('a', 1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
ba[0] |= 4; ba[-1] = 65; print(ba)

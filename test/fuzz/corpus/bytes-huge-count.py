for n in [2**1000, 2**62, 5]:
    try:
        print(len(bytes(n)))
    except Exception as e:
        print(type(e).__name__, e)

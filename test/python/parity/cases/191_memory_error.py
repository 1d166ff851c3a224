for build in [lambda: [0] * 10**10, lambda: "ab" * 10**12, lambda: [None] * 10**20]:
    try:
        build()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, repr(e))
print("still running")

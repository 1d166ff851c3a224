name, n, pi = "world", 42, 3.14159265
print(f"hello {name}!", f"{n}", f"{n:5d}|", f"{n:<5}|", f"{n:^7}|", f"{n:05}")
print(f"{pi:.2f} {pi:10.3f}| {pi:e} {pi:.3g} {1e-7:g} {123456789:,} {0.25:.1%}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:x} {n:X} {n:#x} {n:o} {n:b} {n:#b} {-n:+d} {n: d}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:*^{width}}]")
print(f"{{literal}} {n + 1} {[1, 2][0]} {'nested' + 'str'} {n if n > 0 else 0}")
d = {"k": "v"}
print(f"{d['k']} {len(d)} {n=} {pi=:.2f}")
print(f"{3.0} {1e20} {1e-5} {-0.0} {10**20}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
print(f"{12345.678:,.2f} {1234567:_} {0xff:_b}")

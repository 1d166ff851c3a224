n = 1000
print(n.bit_length(), n.to_bytes(2, "big"), int.from_bytes(b"\x03\xe8", "big"))
print((-42).__abs__(), (10).__add__(5), (3).conjugate(), (12).real, (12).imag)
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "little"))
print((17).__divmod__(5), (5).__rsub__(20), (7).numerator, (7).denominator)
print((255).as_integer_ratio(), (-5).__neg__(), int("  10  ", 2))
print(isinstance(True, int), int(True), bool(2), (True).bit_length())
print(int.__name__, type(1).__name__, (2).__class__.__name__)

print(hex(255), hex(-1), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(int(hex(255), 16), int(bin(5), 2), int(oct(8), 8), int("0x1f", 0))
print(ord("A"), chr(65), [chr(c) for c in range(97, 102)], "".join(chr(ord(c) + 1) for c in "HAL"))
try:
    hex(1.5)
except TypeError as e:
    print(e)

a = 2 ** 100
print(a)
print(a * a)
print(a // 3, a % 7)
print(-a // 7, -a % 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(len(str(2 ** 1000)))
print(hex(2 ** 70), oct(2 ** 40), bin(2 ** 20))
print(int("123456789012345678901234567890") + 1)
print((10 ** 20) == 10 ** 20, 10 ** 20 > 10 ** 19, -(10 ** 30))
print(abs(-(2 ** 64)), divmod(2 ** 65, 2 ** 33))
print(pow(2, 200, 10 ** 9 + 7))
print((2 ** 64).bit_length(), (255).bit_length(), (-1).bit_length())
print(9007199254740993, 9007199254740993 + 1)

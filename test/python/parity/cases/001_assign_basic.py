a = 1
b = c = 2
x, y = 3, 4
print(a, b, c, x, y)
x, y = y, x
print(x, y)
a += 10
b -= 1
c *= 5
print(a, b, c)
s = "ab"
s *= 3
print(s)
n = 7
n //= 2
print(n)
n **= 3
print(n)
n %= 5
print(n)
f = 10
f /= 4
print(f)
m = 0b1100
m &= 0b1010
print(m)
m |= 1
print(m)
m ^= 0b11
print(m)
m <<= 3
print(m)
m >>= 2
print(m)

print(1)
print(f'{(2**64 and x"ab")}', [1, x'ab'])

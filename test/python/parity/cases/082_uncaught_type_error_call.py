def build(name, size):
    return name * size

print(build("ab", 2))
build("ab", 2, 3)

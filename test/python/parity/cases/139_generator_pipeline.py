def read(lines):
    for line in lines:
        yield line.strip()

def non_empty(items):
    return (i for i in items if i)

def numbered(items):
    for n, item in enumerate(items, 1):
        yield f"{n}: {item}"

source = ["alpha\n", "\n", "  beta ", "", "gamma"]
for out in numbered(non_empty(read(source))):
    print(out)
gen = numbered(["x"])
print(list(gen), list(gen))

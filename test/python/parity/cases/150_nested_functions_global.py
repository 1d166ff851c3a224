counter = 0

def outer():
    def inner():
        global counter
        counter += 1
        return counter
    return inner() + inner()

print(outer(), counter)

def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get

add, get = make_acc()
add(5)
add(10)
print(get())

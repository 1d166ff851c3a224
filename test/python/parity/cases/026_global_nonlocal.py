total = 0

def add(n):
    global total
    total += n

add(5)
add(7)
print(total)

def make():
    value = []
    def push(x):
        value.append(x)
        return len(value)
    def reset():
        nonlocal value
        value = []
    return push, reset

push, reset = make()
print(push(1), push(2))
reset()
print(push(3))

def shadow():
    total = "local"
    return total

print(shadow(), total)

def assign_global():
    global newname
    newname = "created"

assign_global()
print(newname)

x = "global"

class A:
    x = "class"
    y = x + "-derived"

    def method(self):
        return x

print(A.y, A().method())

def outer():
    x = "enclosing"
    class B:
        z = x
    return B.z

print(outer())

class ShapeMismatch(ValueError):
    pass

def check(a, b):
    if a != b:
        raise ShapeMismatch(f"Shapes {a} and {b} are incompatible")

check((2, 3), (2, 3))
print("first ok")
check((2, 3), (3, 2))

class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims)
print(type(p).__name__, isinstance(p, Point), Point.__name__)
print(str(p), repr(p), [p])
q = Point(1, 1)
print(sorted(vars(q).items()))

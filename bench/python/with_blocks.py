# `with` blocks over a class-based context manager.
SIZE = 500000


class Section:
    def __init__(self):
        self.depth = 0
        self.entered = 0

    def __enter__(self):
        self.depth += 1
        self.entered += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.depth -= 1
        return False


def run(n):
    s = Section()
    total = 0
    for i in range(n):
        with s as ctx:
            total += ctx.depth + i % 3
    return total, s.entered, s.depth

class Resource:
    def __init__(self, size):
        if size < 0:
            raise ValueError(f"negative size: {size}")
        self.size = size

ok = Resource(3)
print(ok.size)
try:
    Resource(-1)
except ValueError as e:
    print(e)
r = Resource(-2)

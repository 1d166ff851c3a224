# Attribute access and method calls on instances.
SIZE = 300000


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, i):
        self.pos = Vector(i, -i)
        self.vel = Vector(1, 2)
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1
        return self.pos.norm1


def run(n):
    ps = [Particle(i) for i in range(10)]
    total = 0
    for k in range(n // 10):
        for p in ps:
            total += p.step()
            total += p.vel.dot(p.vel)
    return total, ps[3].steps

class Util:
    factor = 3

    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def triple(cls, x):
        return cls.factor * x

    def instance(self, x):
        return self.factor + x

u = Util()
print(Util.double(4), u.double(4), Util.triple(4), u.triple(4))
print(Util.instance(u, 1), u.instance(1))
f = u.instance
print(f(10), f.__self__ is u, f.__func__ is Util.instance)
try:
    Util.instance(1)
except TypeError as e:
    print(e)

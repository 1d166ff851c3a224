class C:
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x, doc="the x")

    def make(cls):
        return cls.__name__
    make = classmethod(make)

    def util():
        return "static"
    util = staticmethod(util)

c = C()
c.x = 5
print(c.x, C.x.__doc__, C.make(), C.util(), c.util())

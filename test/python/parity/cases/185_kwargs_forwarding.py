class Base:
    def __init__(self, name=None, dtype="float32", **kwargs):
        if kwargs:
            raise TypeError("Keyword argument not understood: %s" % ", ".join(sorted(kwargs)))
        self.name = name
        self.dtype = dtype

class Dense(Base):
    def __init__(self, units, activation=None, **kwargs):
        super(Dense, self).__init__(**kwargs)
        self.units = units
        self.activation = activation

d = Dense(4, name="d1")
print(d.units, d.name, d.dtype, d.activation)
try:
    Dense(3, nmae="typo")
except TypeError as e:
    print(e)
def call(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(call(Dense, 2, activation="relu").activation)

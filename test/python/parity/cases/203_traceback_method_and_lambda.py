class Registry:
    def __init__(self):
        self.handlers = {"scale": lambda v: v * self.factor}

    def dispatch(self, name, value):
        return self.handlers[name](value)

r = Registry()
r.factor = 3
print(r.dispatch("scale", 2))
del r.factor
r.dispatch("scale", 2)

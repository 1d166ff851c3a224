class Optimizer:
    def apply(self, grads):
        raise NotImplementedError("apply must be implemented by subclasses")

    def minimize(self, loss):
        return self.apply([loss])

class SGD(Optimizer):
    def apply(self, grads):
        return [g * 0.1 for g in grads]

print(SGD().minimize(5.0))
try:
    Optimizer().minimize(1.0)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(NotImplemented, type(NotImplemented).__name__, bool(NotImplementedError))
Optimizer().apply([])

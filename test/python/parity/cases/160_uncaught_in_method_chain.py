class Layer:
    def __init__(self, units):
        self.units = units

    def build(self, input_shape):
        if input_shape[-1] is None:
            raise ValueError("The last dimension of the inputs should be defined. Found `None`.")
        return (input_shape[-1], self.units)

layer = Layer(4)
print(layer.build((None, 3)))
print(layer.build((3, None)))

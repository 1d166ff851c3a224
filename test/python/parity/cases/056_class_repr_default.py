class A:
    pass

a = A()
print(repr(A))
print(A.__name__, A.__qualname__, A.__module__)
print(type(A).__name__, type(type).__name__)
print(repr(int), repr(str), repr(type(None)))
print(isinstance(A, type), isinstance(a, object), issubclass(A, object))

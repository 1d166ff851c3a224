class Base:
    kind = "base"
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.registry.append(cls.__name__)

class A(Base):
    kind = "a"

class B(A):
    pass

print(Base.kind, A.kind, B.kind, Base.registry)
A.kind = "changed"
print(B.kind)
del A.kind
print(B.kind)

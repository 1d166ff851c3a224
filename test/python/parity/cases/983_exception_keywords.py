# Exception classes and keyword arguments (3.11): BaseException_init and OSError_new refuse them by the class's
# name, ImportError/NameError/AttributeError take name/path/obj, whose members read None until set.
class Invalid(ValueError):
    pass
for f in [lambda: Invalid(x=1), lambda: ValueError(x=1), lambda: KeyError("a", b=2), lambda: Exception(1, 2, z=3)]:
    try:
        print(repr(f()))
    except TypeError as e:
        print(e)
class WithInit(ValueError):
    def __init__(self, *args, **kw):
        super().__init__(*args)
        self.kw = kw
print(WithInit(1, x=2).kw)
class WithNew(ValueError):
    def __new__(cls, *args, **kw):
        return super().__new__(cls, *args)
try:
    print(repr(WithNew(1, x=2)))
except TypeError as e:
    print(e)
e = ImportError("x", name="m", path="p")
print(repr(e), e.name, e.path)
e = NameError("x", name="n")
print(repr(e), e.name)
e = AttributeError("x", name="a", obj=1)
print(repr(e), e.name, e.obj)
for cls in [ModuleNotFoundError, StopIteration, SystemExit, OSError, UnicodeError, KeyboardInterrupt, SyntaxError]:
    try:
        print(repr(cls("m", bogus=1)))
    except TypeError as err:
        print(err)
for e in [ImportError("x"), NameError("x"), AttributeError("x")]:
    print([getattr(e, a, "MISSING") for a in ("name", "path", "obj")])
try:
    import nosuchmod
except ImportError as e:
    print(e.name, e.path)
class E(OSError):
    pass
E(1, x=2)

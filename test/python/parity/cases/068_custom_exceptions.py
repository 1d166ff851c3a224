class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, msg="missing"):
        super().__init__(f"{key}: {msg}")
        self.key = key

try:
    raise ConfigError("db.host")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)

e = AppError("a", 1)
print(e.args, str(e), repr(e))
print(repr(AppError()), str(AppError()), repr(ValueError("x")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()))

class WithStr(Exception):
    def __str__(self):
        return "custom text"

try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, e.args)

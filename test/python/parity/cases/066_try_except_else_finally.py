def run(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("div by zero")
        return "except"
    except TypeError as e:
        print("type error:", e)
        return "type"
    else:
        print("ok", r)
        return "else"
    finally:
        print("finally for", repr(x))

print(run(2))
print(run(0))
print(run("a"))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

print(finally_overrides())

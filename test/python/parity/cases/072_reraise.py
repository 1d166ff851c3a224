def risky():
    raise ValueError("original")

try:
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise
except ValueError as e:
    print("outer caught", e)

def convert():
    try:
        risky()
    except ValueError as e:
        err = e
    return err

e = convert()
print(type(e).__name__, e.args)
try:
    raise e
except ValueError as again:
    print(again is e)

errors = []
for v in ["1", "x", None, "3"]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
try:
    raise (ValueError if len(errors) > 3 else TypeError)("dynamic")
except Exception as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

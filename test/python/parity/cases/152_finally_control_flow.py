def f():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 1:
                return f"returned at {i}"
        finally:
            print("finally", i)

print(f())

def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(g())

def h():
    result = []
    try:
        result.append("try")
        return result
    finally:
        result.append("finally")

print(h())

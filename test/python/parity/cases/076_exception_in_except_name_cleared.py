try:
    raise ValueError("bound")
except ValueError as err:
    print(err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
x = "kept"
try:
    pass
except Exception as x:
    pass
print(x)

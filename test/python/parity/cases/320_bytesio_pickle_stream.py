import io, pickle
b = io.BytesIO()
pickle.dump({"w": [1.5, 2]}, b)
print(b.tell(), b.getvalue())
b.seek(0)
print(pickle.load(b), repr(io.BytesIO(b"abc").read(2)), type(b))
try:
    b.write("s")
except TypeError as e:
    print(e)
f = io.BytesIO()
pickle.dump([1], f)
pickle.dump("two", f)
f.seek(0)
print(pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError", e)

class A:
    def __init__(self, x):
        self.x = x
    def m(self):
        return self.x

def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: A())
attempt(lambda: A(1, 2))
attempt(lambda: A(1).nope)
attempt(lambda: A.nope)
attempt(lambda: A(1).m(2))
attempt(lambda: A(1)[0])
attempt(lambda: A(1)())
attempt(lambda: len(A(1)))
attempt(lambda: iter(A(1)))
attempt(lambda: A(1) + A(2))
attempt(lambda: A(1) < A(2))
attempt(lambda: -A(1))

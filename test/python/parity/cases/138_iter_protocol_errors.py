class NotIter:
    pass

for thing in [5, None, NotIter()]:
    try:
        for _ in thing:
            pass
    except TypeError as e:
        print(e)
class BadNext:
    def __iter__(self):
        return self
try:
    for _ in BadNext():
        pass
except TypeError as e:
    print(e)

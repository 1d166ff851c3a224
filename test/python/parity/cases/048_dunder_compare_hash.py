import functools

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), max(vs), min(vs))
print(Version("2.0") >= Version("1.9"), Version("1.0") <= Version("1.0"))
print(len({Version("1.0"), Version("1.0"), Version("2.0")}))

class NoHash:
    def __eq__(self, other):
        return True

try:
    {NoHash()}
except TypeError as e:
    print(e)
print(NoHash.__hash__ is None)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return format(self.cents / 100, spec or ".2f")
    def __str__(self):
        return f"Money({self.cents})"

m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:>10.1f}", format(m, ""), "{:short}".format(m), str(m))

class NoFormat:
    pass

try:
    format(NoFormat(), "d")
except TypeError as e:
    print(e)
print(format(NoFormat(), "").startswith("<__main__.NoFormat"))

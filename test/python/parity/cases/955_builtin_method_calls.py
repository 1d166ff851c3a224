# Methods of builtin types called on an instance without keywords (their implementation called
# directly) and with keywords (refused where CPython refuses them): the same results and messages.
def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)

def methods(items, d, s):
    items.append(3)
    items.insert(0, 9)
    print(items, items.pop(), items.index(9), items.count(3), d.get("a"), d.get("z", 0), d.setdefault("b", 5))
    print(s.upper(), s.split(","), s.replace("a", "b", 1), ",".join(["x", "y"]), s.startswith(("a", "q")))
    print(d.pop("a"), sorted(d.items()), d.copy(), "{}-{}".format(1, 2), (1, 2, 1).count(1), (5).bit_length())

methods([1, 2], {"a": 1}, "a,b,a")

attempt(lambda: [].append())
attempt(lambda: [].append(1, 2))
attempt(lambda: [].append(x=1))
attempt(lambda: {}.get())
attempt(lambda: {}.get(1, 2, 3))
attempt(lambda: {}.get("k", default=1))
attempt(lambda: "abc".split(",", 1, 2))
attempt(lambda: "abc".split(sep="b"))
attempt(lambda: "abc".upper(1))
attempt(lambda: [3, 1].sort(reverse=True))
attempt(lambda: [].pop())
attempt(lambda: {}.pop("missing"))
attempt(lambda: list.append([], 1))
attempt(lambda: list.append("x", 1))
attempt(lambda: (1).to_bytes(2, "big"))
attempt(lambda: (1).to_bytes(length=2, byteorder="little"))
attempt(lambda: "ab".encode("ascii"))

def loop(n):
    out = []
    seen = {}
    for i in range(n):
        out.append(i * 2)
        seen[i % 3] = seen.get(i % 3, 0) + 1
    return out, seen

print(loop(7))
l = []
l.append(1, 2)

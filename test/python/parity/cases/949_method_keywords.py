# Builtin methods given keyword arguments: those that take none say so (METH_O, METH_NOARGS,
# METH_VARARGS and positional-only clinic methods check keywords before counting positionals),
# and those that take some still work.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError:", e)


xs = [3, 1, 2]
attempt("append kw", lambda: xs.append(x=1))
attempt("append kw and arg", lambda: xs.append(4, x=1))
attempt("append none", lambda: xs.append())
print("list unchanged", xs)
attempt("dict.get", lambda: {}.get(k=1))
attempt("str.upper", lambda: "a".upper(x=1))
attempt("int.bit_length", lambda: (5).bit_length(x=1))
attempt("bool via int", lambda: True.bit_length(x=1))
attempt("set.add", lambda: {1}.add(elem=2))
attempt("tuple.index", lambda: (1, 2).index(value=2))
attempt("through the class", lambda: list.append(xs, x=1))
attempt("split keywords", lambda: "a,b,c".split(sep=",", maxsplit=1))
attempt("sort keywords", lambda: sorted(xs) == xs.sort(key=None, reverse=True))
print(xs)

import re

_VALID_OP_NAME_REGEX = re.compile(r"^[A-Za-z0-9.][A-Za-z0-9_.\\/>-]*$")
_VALID_SCOPE_NAME_REGEX = re.compile(r"^[A-Za-z0-9_.\\/>-]*$")

for name in ["dense/kernel", "layer_1", "_bad", "ok.name", "sp ace", "a>b", "-x", ""]:
    print(repr(name), bool(_VALID_OP_NAME_REGEX.match(name)), bool(_VALID_SCOPE_NAME_REGEX.match(name)))

def unique_name(name, used):
    i = used.get(name, 0)
    used[name] = i + 1
    return name if i == 0 else "%s_%d" % (name, i)

used = {}
print([unique_name(n, used) for n in ["dense", "dense", "conv", "dense"]])
full = "outer/inner/weights:0"
scope, _, leaf = full.rpartition("/")
print(scope, leaf, leaf.split(":")[0], full.startswith("outer/"), full[: full.index(":")])
print("/".join(filter(None, ["", "a", "b"])), re.sub(r"[^A-Za-z0-9_.\-/]", "_", "my var(1)"))
print("Variable %s already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?" % "v/w")
print("Trying to share variable {}, but specified shape {} and found shape {}.".format("a/b", (2, 3), (3, 2)))

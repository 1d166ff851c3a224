import warnings
def f(x):
    warnings.warn("x is deprecated", DeprecationWarning)
    return x
def g():
    warnings.warn("careful")
for i in range(3):
    g()
    f(i)
warnings.warn("module level", UserWarning)
warnings.warn("module level", UserWarning)
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("stacklevel two", FutureWarning, stacklevel=2)
def h():
    warnings.warn("from h, reported at caller", stacklevel=2)
h()
h()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g(); g()
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
warnings.simplefilter("error", UserWarning)
try:
    g()
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="care")
g()
warnings.warn("not ignored")
print(warnings.formatwarning("m", UserWarning, "f.py", 3), end="")

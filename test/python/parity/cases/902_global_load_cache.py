# Loads of global names inside functions see every change: redefinition, shadowing and unshadowing a
# builtin, deletion, globals() writes, 'global' statements and module attributes.
def f(): return g()
def g(): return 1
print(f())
def g(): return 2
print(f())
def h(): return len("abc")
print(h())
len = lambda x: 42
print(h())
del len
print(h())
import builtins
def k(): return missing_thing
try: k()
except NameError as e: print(e)
missing_thing = 5
print(k())
del missing_thing
try: k()
except NameError as e: print(e)
globals()["missing_thing"] = 7
print(k())
def m():
    global zz
    zz = 3
    return zz
print(m(), zz)
import types
mod = types.ModuleType("mm")
mod.x = 1
print(mod.x); mod.x = 9; print(mod.x)

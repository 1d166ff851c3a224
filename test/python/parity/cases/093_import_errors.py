try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import nonexistent_name
except ImportError as e:
    print(type(e).__name__, e)
import math as m, sys as s
print(m.floor(1.5), s.version_info[0])
from collections import *
print(deque([1]))
import nonexistent_module_abc

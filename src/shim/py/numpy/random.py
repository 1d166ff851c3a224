# numpy.random as a module (numpy/random/__init__.py re-exports mtrand's functions, all methods of one
# hidden RandomState), so `import numpy.random`, `import numpy.random as npr` and
# `from numpy.random import randn` give the same functions as np.random.
from numpy import _RANDOM_NAMES, _Random, _missing

_rand = _Random()
seed = _rand.seed
rand = _rand.rand
randn = _rand.randn
random = _rand.random
random_sample = _rand.random_sample
uniform = _rand.uniform
normal = _rand.normal
randint = _rand.randint
permutation = _rand.permutation
shuffle = _rand.shuffle
choice = _rand.choice


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError("module 'numpy.random' has no attribute '%s'" % name)
    _missing("module 'numpy.random'", _RANDOM_NAMES, name, "numpy.random")

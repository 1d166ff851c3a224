# numpy.random as a module (numpy/random/__init__.py re-exports mtrand's functions, all methods of one
# hidden RandomState), so `import numpy.random`, `import numpy.random as npr` and
# `from numpy.random import randn` give the same functions as np.random.
import _np
import numpy
from numpy import _missing

# The public attributes numpy 1.26's numpy.random has (dir() without the underscored names): one tfscope
# lacks is refused by name; any other name is numpy's AttributeError.
_RANDOM_NAMES = frozenset("BitGenerator Generator MT19937 PCG64 PCG64DXSM Philox RandomState SFC64 SeedSequence beta binomial bit_generator bytes chisquare choice default_rng dirichlet exponential f gamma geometric get_bit_generator get_state gumbel hypergeometric laplace logistic lognormal logseries mtrand multinomial multivariate_normal negative_binomial noncentral_chisquare noncentral_f normal pareto permutation poisson power rand randint randn random random_integers random_sample ranf rayleigh sample seed set_bit_generator set_state shuffle standard_cauchy standard_exponential standard_gamma standard_normal standard_t test triangular uniform vonmises wald weibull zipf".split())


class _Random(object):
    # numpy's legacy RandomState (mtrand.pyx): with size=None a draw is a Python float or int, not an
    # array or a numpy scalar.
    def seed(self, seed=None):
        _np.random_seed(seed)

    def rand(self, *shape):
        return _scalar(_np.random("rand", list(shape), None), shape)

    def randn(self, *shape):
        return _scalar(_np.random("randn", list(shape), None), shape)

    def random(self, size=None):
        return _scalar(_np.random("rand", _size(size), None), size)

    def random_sample(self, size=None):
        return _scalar(_np.random("rand", _size(size), None), size)

    def uniform(self, low=0.0, high=1.0, size=None):
        return _scalar(_np.random("uniform", _size(size), (low, high)), size)

    def normal(self, loc=0.0, scale=1.0, size=None):
        return _scalar(_np.random("normal", _size(size), (loc, scale)), size)

    def randint(self, low, high=None, size=None, dtype=int):
        if dtype is not int:
            _np.unsupported("numpy.random.randint(dtype=...)")
        return _scalar(_np.random("randint", _size(size), (low, high)), size)

    def permutation(self, x):
        if isinstance(x, int):
            return _np.random("permutation", None, (x,))
        _np.unsupported("numpy.random.permutation of an array")

    def shuffle(self, x):
        # mtrand.pyx shuffle: for i from n-1 down to 1, swap x[i] and x[random_interval(i)] (rows of
        # an array, items of a list); the same draws whatever x is.
        if isinstance(x, numpy.ndarray):
            if x.ndim == 0:
                raise TypeError("object of type 'numpy.ndarray' has no len()")
            _np.permute_rows(x, _np.shuffle_order(len(x)))
        elif isinstance(x, list):
            order = _np.shuffle_order(len(x))
            x[:] = [x[i] for i in order]
        else:
            _np.unsupported("numpy.random.shuffle of a %s" % type(x).__name__)

    def choice(self, a, size=None, replace=True, p=None):
        # mtrand.pyx RandomState.choice: an int a draws from range(a); replace=True draws
        # randint(0, pop_size, size), replace=False takes permutation(pop_size)[:size].
        if p is not None:
            _np.unsupported("numpy.random.choice(p=...)")
        if not isinstance(a, int):
            _np.unsupported("numpy.random.choice from an array")
        pop_size = a
        n = 1 if size is None else int(numpy.prod(size))
        if pop_size <= 0 and n != 0:
            raise ValueError("a must be greater than 0 unless no samples are taken")
        if replace:
            return self.randint(0, pop_size, size=size)
        if n > pop_size:
            raise ValueError("Cannot take a larger sample than population when 'replace=False'")
        idx = self.permutation(pop_size)[:n]
        if size is None:
            return idx.item(0)
        return idx.reshape(size)

    def __getattr__(self, name):
        _missing("module 'numpy.random'", _RANDOM_NAMES, name, "numpy.random")


def _scalar(a, size):
    # A draw without a size (or rand()/randn() without dimensions) is a Python scalar in numpy.
    if size is None or size == ():
        return a.item()
    return a


def _size(size):
    # None draws one value; anything else is a shape, read by the native side as numpy reads shapes.
    return size


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

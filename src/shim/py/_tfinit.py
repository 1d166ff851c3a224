# init_ops.py initializers whose draws are compositions of ops, written as Python over the engine's
# ops the way TF 1.15 builds them: UniformUnitScaling, VarianceScaling, Orthogonal, Identity and the
# convolutional orthogonal family (ConvolutionDeltaOrthogonal, ConvolutionOrthogonal1D/2D/3D, Xiao et
# al. 2018). Random draws go through the `random_ops` module attribute at call time, as TF's do, so a
# test's `mock.patch.object(random_ops, ...)` sees them; the orthogonal ones take Q of a `Qr` op times
# sign(diag(R)), which makes the result independent of the QR's sign convention.
import math as _math

import _tf
import _tflinalg
from _tfcore import Initializer
from _tfdtypes import as_dtype
from _tfshape import TensorShape

_MODULE = "tensorflow.python.ops.init_ops"


def _random_ops():
    from tensorflow.python.ops import random_ops
    return random_ops


def _float_dtype(dtype):
    # init_ops.py _assert_float_dtype.
    dtype = as_dtype(dtype)
    if not dtype.is_floating:
        raise ValueError("Expected floating point type, got %s." % dtype)
    return dtype


def _fans(shape):
    # init_ops.py _compute_fans: a matrix's rows and columns; a convolution kernel's channels times
    # its receptive field.
    if len(shape) < 1:
        return 1, 1
    if len(shape) == 1:
        return int(shape[0]), int(shape[0])
    if len(shape) == 2:
        return int(shape[0]), int(shape[1])
    field = 1
    for d in shape[:-2]:
        field *= d
    return int(shape[-2] * field), int(shape[-1] * field)


class _Seeded(Initializer):
    """gain/seed/dtype, the constructor and config shared by the orthogonal family."""

    def __init__(self, gain=1.0, seed=None, dtype=as_dtype("float32")):
        self.gain = gain
        self.dtype = _float_dtype(dtype)
        self.seed = seed

    def get_config(self):
        return {"gain": self.gain, "seed": self.seed, "dtype": self.dtype.name}


class UniformUnitScaling(Initializer):
    __module__ = _MODULE

    def __init__(self, factor=1.0, seed=None, dtype=as_dtype("float32")):
        self.factor = factor
        self.seed = seed
        self.dtype = _float_dtype(dtype)

    def __call__(self, shape, dtype=None, partition_info=None):
        dtype = self.dtype if dtype is None else dtype
        scaled = shape if partition_info is None else partition_info.full_shape
        # The input size is estimated as the product of every dimension but the last; at least 1.
        size = 1.0
        for d in scaled[:-1]:
            size *= float(d)
        limit = _math.sqrt(3 / max(size, 1.0)) * self.factor
        return _random_ops().random_uniform(shape, -limit, limit, dtype, seed=self.seed)

    def get_config(self):
        return {"factor": self.factor, "seed": self.seed, "dtype": self.dtype.name}


class VarianceScaling(Initializer):
    __module__ = _MODULE

    def __init__(self, scale=1.0, mode="fan_in", distribution="truncated_normal", seed=None,
                 dtype=as_dtype("float32")):
        if scale <= 0.:
            raise ValueError("`scale` must be positive float.")
        if mode not in {"fan_in", "fan_out", "fan_avg"}:
            raise ValueError("Invalid `mode` argument:", mode)
        distribution = distribution.lower()
        if distribution not in {"normal", "uniform", "truncated_normal", "untruncated_normal"}:
            raise ValueError("Invalid `distribution` argument:", distribution)
        self.scale = scale
        self.mode = mode
        self.distribution = distribution
        self.seed = seed
        self.dtype = _float_dtype(dtype)

    def __call__(self, shape, dtype=None, partition_info=None):
        dtype = self.dtype if dtype is None else dtype
        fan_in, fan_out = _fans(shape if partition_info is None else partition_info.full_shape)
        n = {"fan_in": fan_in, "fan_out": fan_out, "fan_avg": (fan_in + fan_out) / 2.}[self.mode]
        scale = self.scale / max(1., n)
        random_ops = _random_ops()
        if self.distribution in ("normal", "truncated_normal"):
            # The standard deviation of a unit normal truncated to [-2, 2].
            stddev = _math.sqrt(scale) / .87962566103423978
            return random_ops.truncated_normal(shape, 0.0, stddev, dtype, seed=self.seed)
        if self.distribution == "untruncated_normal":
            return random_ops.random_normal(shape, 0.0, _math.sqrt(scale), dtype, seed=self.seed)
        limit = _math.sqrt(3.0 * scale)
        return random_ops.random_uniform(shape, -limit, limit, dtype, seed=self.seed)

    def get_config(self):
        return {"scale": self.scale, "mode": self.mode, "distribution": self.distribution, "seed": self.seed,
                "dtype": self.dtype.name}


def _uniform_q(a):
    """Q of the reduced QR of `a`, each column's sign set so that R's diagonal is positive."""
    q, r = _tf.qr(a, full_matrices=False)
    return q * _tf.sign(_tf.diag_part(r))


class Orthogonal(_Seeded):
    __module__ = _MODULE

    def __call__(self, shape, dtype=None, partition_info=None):
        dtype = self.dtype if dtype is None else dtype
        if len(shape) < 2:
            raise ValueError("The tensor to initialize must be at least two-dimensional")
        rows = 1
        for d in shape[:-1]:
            rows *= d
        rows, cols = int(rows), int(shape[-1])
        # A matrix with more rows than columns, transposed back when the kernel is wide.
        flat = (cols, rows) if rows < cols else (rows, cols)
        q = _uniform_q(_random_ops().random_normal(flat, dtype=dtype, seed=self.seed))
        if rows < cols:
            q = _tflinalg.matrix_transpose(q)
        return self.gain * _tf.reshape(q, shape)


class ConvolutionDeltaOrthogonal(_Seeded):
    __module__ = _MODULE

    def __call__(self, shape, dtype=None, partition_info=None):
        dtype = self.dtype if dtype is None else dtype
        if len(shape) < 3 or len(shape) > 5:
            raise ValueError("The tensor to initialize must be at least three-dimensional and at most "
                             "five-dimensional")
        if shape[-2] > shape[-1]:
            raise ValueError("In_filters cannot be greater than out_filters.")
        q = _uniform_q(_random_ops().random_normal([shape[-1], shape[-1]], dtype=dtype, seed=self.seed))
        q = q[:shape[-2], :]
        q *= _tf.cast(self.gain, dtype=dtype)
        # The orthogonal matrix sits at the kernel's centre tap; every other tap is zero.
        centre = [(k - 1) // 2 for k in shape[:-2]]
        return _tflinalg.scatter_nd([centre], _tf.expand_dims(q, 0), shape)


class ConvolutionOrthogonal(_Seeded):
    """The helpers the 1-D, 2-D and 3-D kernels share; `_rank` is the number of spatial axes."""
    _rank = 0

    def __call__(self, shape, dtype=None, partition_info=None):
        dtype = self.dtype if dtype is None else dtype
        if len(shape) != self._rank + 2:
            raise ValueError("The tensor to initialize must be %s-dimensional"
                             % ("three", "four", "five")[self._rank - 1])
        if shape[-2] > shape[-1]:
            raise ValueError("In_filters cannot be greater than out_filters.")
        if any(k != shape[0] for k in shape[1:self._rank]):
            raise ValueError("Kernel sizes must be equal.")
        kernel = self._orthogonal_kernel(shape[0], shape[-2], shape[-1])
        kernel *= _tf.cast(self.gain, dtype=dtype)
        return kernel

    def _next_seed(self):
        # Each draw moves a set seed on by one, so the draws of one call differ (a seed of 0 stays).
        if self.seed:
            self.seed += 1

    def _orthogonal_matrix(self, n):
        a = _random_ops().random_normal([n, n], dtype=self.dtype, seed=self.seed)
        self._next_seed()
        return _uniform_q(a)

    def _symmetric_projection(self, n):
        q = self._orthogonal_matrix(n)
        # Zero a random subset of the columns: c cᵀ is then a symmetric projection.
        mask = _tf.cast(_random_ops().random_normal([n], seed=self.seed) > 0, self.dtype)
        self._next_seed()
        c = _tf.multiply(q, mask)
        return _tf.matmul(c, _tflinalg.matrix_transpose(c))

    def _taps(self, k):
        """Every tap index of a kernel of size k along each spatial axis, in row-major order."""
        out = [()]
        for _ in range(self._rank):
            out = [t + (i,) for t in out for i in range(k)]
        return out

    def _key(self, tap):
        return tap[0] if self._rank == 1 else tap

    def _block_orth(self, projections):
        # A kernel of size 2 per axis: at tap t, the product over axes of P or (I - P) as t's index
        # along that axis is 0 or 1.
        n = projections[0].shape.as_list()[0]
        if any(p.shape.as_list() != projections[0].shape.as_list() for p in projections):
            raise ValueError("The dimension of the matrices must be the same.")
        eye = _tflinalg.eye(n, dtype=self.dtype)
        if self._rank == 1:
            return {0: projections[0], 1: eye - projections[0]}
        if self._rank == 2:
            p1, p2 = projections
            return {(0, 0): _tf.matmul(p1, p2), (0, 1): _tf.matmul(p1, (eye - p2)),
                    (1, 0): _tf.matmul((eye - p1), p2), (1, 1): _tf.matmul((eye - p1), (eye - p2))}
        out = {}
        for tap in self._taps(2):
            factors = [i * p + (1 - i) * (eye - p) for i, p in zip(tap, projections)]
            out[tap] = _tf.matmul(_tf.matmul(factors[0], factors[1]), factors[2])
        return out

    def _matrix_conv(self, m1, m2):
        # The full convolution of two kernels of matrices: tap t of the result sums m1[a] m2[t - a].
        n = m1[self._key(self._taps(1)[0])].shape.as_list()[0]
        if n != m2[self._key(self._taps(1)[0])].shape.as_list()[0]:
            raise ValueError("The entries in matrices m1 and m2 must have the same dimensions!")
        k = int(round(len(m1) ** (1.0 / self._rank)))
        l = int(round(len(m2) ** (1.0 / self._rank)))
        result = {}
        for tap in self._taps(k + l - 1):
            acc = _tf.zeros([n, n], self.dtype)
            for first in self._taps(k):
                if all(f <= t and t - f < l for f, t in zip(first, tap)):
                    second = tuple(t - f for f, t in zip(first, tap))
                    acc += _tf.matmul(m1[self._key(first)], m2[self._key(second)])
            result[self._key(tap)] = acc
        return result

    def _orthogonal_kernel(self, ksize, cin, cout):
        if cin > cout:
            raise ValueError("The number of input channels cannot exceed the number of output channels.")
        orth = self._orthogonal_matrix(cout)[0:cin, :]
        if ksize == 1:
            for _ in range(self._rank):
                orth = _tf.expand_dims(orth, 0)
            return orth
        p = self._block_orth([self._symmetric_projection(cout) for _ in range(self._rank)])
        for _ in range(ksize - 2):
            p = self._matrix_conv(p, self._block_orth([self._symmetric_projection(cout) for _ in range(self._rank)]))
        for tap in self._taps(ksize):
            p[self._key(tap)] = _tf.matmul(orth, p[self._key(tap)])
        return self._stack(p, ksize, ())

    def _stack(self, p, k, prefix):
        # Nested stacks, outermost axis first, as TF's _dict_to_tensor builds them.
        if len(prefix) == self._rank:
            return p[self._key(prefix)]
        return _tf.stack([self._stack(p, k, prefix + (i,)) for i in range(k)])


class ConvolutionOrthogonal1D(ConvolutionOrthogonal):
    __module__ = _MODULE
    _rank = 1


class ConvolutionOrthogonal2D(ConvolutionOrthogonal):
    __module__ = _MODULE
    _rank = 2


class ConvolutionOrthogonal3D(ConvolutionOrthogonal):
    __module__ = _MODULE
    _rank = 3


class Identity(Initializer):
    __module__ = _MODULE

    def __init__(self, gain=1.0, dtype=as_dtype("float32")):
        self.gain = gain
        self.dtype = _float_dtype(dtype)

    def __call__(self, shape, dtype=None, partition_info=None):
        full = shape if partition_info is None else partition_info.full_shape
        if len(full) != 2:
            raise ValueError("Identity matrix initializer can only be used for 2D matrices.")
        dtype = self.dtype if dtype is None else dtype
        if isinstance(full, TensorShape):
            full = full.as_list()
        value = _tflinalg.eye(*full, dtype=dtype)
        if partition_info is not None:
            value = _tflinalg.slice(value, partition_info.var_offset, shape)
        return self.gain * value

    def get_config(self):
        return {"gain": self.gain, "dtype": self.dtype.name}

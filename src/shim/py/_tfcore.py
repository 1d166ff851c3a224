# The Python face of tfscope's TensorFlow engine. Every class here is a thin shell around an engine
# object (held as an opaque handle in `_h`); the behaviour lives in the engine, reached through the
# native module `_tf`. The public `tensorflow` modules re-export these names.

import _tf


def _make(cls, h):
    # Engine objects are wrapped without running __init__ (whose signature is TF's constructor).
    o = object.__new__(cls)
    o._h = h
    return o


_tf.register_factory(_make)


class _EngineObject(object):
    def __getattr__(self, name):
        return _tf.attr(self, name)

    def __repr__(self):
        return _tf.repr(self)

    def __str__(self):
        return _tf.str(self)


# ---- errors (tensorflow/python/framework/errors_impl.py)

class OpError(Exception):
    __module__ = "tensorflow.python.framework.errors_impl"

    def __init__(self, node_def, op, message, error_code=None):
        super(OpError, self).__init__()
        self._node_def = node_def
        self._op = op
        self._message = message
        self._error_code = error_code

    @property
    def message(self):
        return self._message

    @property
    def op(self):
        return self._op

    @property
    def node_def(self):
        # session.py `_do_call` passes `op.node_def` of the op it passes.
        if self._node_def is None and self._op is not None:
            return self._op.node_def
        return self._node_def

    @property
    def error_code(self):
        return self._error_code

    def __str__(self):
        return self._message


class OperatorNotAllowedInGraphError(TypeError):
    """errors_impl.py: a TypeError TF raises for Python operations a graph tensor cannot support."""
    __module__ = "tensorflow.python.framework.errors_impl"


class InaccessibleTensorError(ValueError):
    """errors_impl.py 49: Session.run's complaint about an op inside a tf.cond branch or a loop body."""
    __module__ = "tensorflow.python.framework.errors_impl"


_tf.register_plain_errors(InaccessibleTensorError)


def _op_error(name, code):
    cls = type(name, (OpError,), {"__module__": "tensorflow.python.framework.errors_impl"})

    def __init__(self, node_def, op, message):
        OpError.__init__(self, node_def, op, message, code)

    cls.__init__ = __init__
    return cls


CancelledError = _op_error("CancelledError", 1)
UnknownError = _op_error("UnknownError", 2)
InvalidArgumentError = _op_error("InvalidArgumentError", 3)
DeadlineExceededError = _op_error("DeadlineExceededError", 4)
NotFoundError = _op_error("NotFoundError", 5)
AlreadyExistsError = _op_error("AlreadyExistsError", 6)
PermissionDeniedError = _op_error("PermissionDeniedError", 7)
ResourceExhaustedError = _op_error("ResourceExhaustedError", 8)
FailedPreconditionError = _op_error("FailedPreconditionError", 9)
AbortedError = _op_error("AbortedError", 10)
OutOfRangeError = _op_error("OutOfRangeError", 11)
UnimplementedError = _op_error("UnimplementedError", 12)
InternalError = _op_error("InternalError", 13)
UnavailableError = _op_error("UnavailableError", 14)
DataLossError = _op_error("DataLossError", 15)
UnauthenticatedError = _op_error("UnauthenticatedError", 16)

_tf.register_errors(OpError, CancelledError, UnknownError, InvalidArgumentError, DeadlineExceededError,
                    NotFoundError, AlreadyExistsError, PermissionDeniedError, ResourceExhaustedError,
                    FailedPreconditionError, AbortedError, OutOfRangeError, UnimplementedError,
                    InternalError, UnavailableError, DataLossError, UnauthenticatedError)


# ---- dtypes, shapes

# DType follows TF's Python class: its own module.
from _tfdtypes import DType  # noqa: E402


# TensorShape and Dimension follow TF's Python classes line by line: their own module.
from _tfshape import Dimension, TensorShape  # noqa: E402


# ---- graph elements

class _TensorLike(_EngineObject):
    # Operators, as ops.py `_OverrideBinaryOperatorHelper` installs them on Tensor and Variable.
    def __add__(self, other):
        return _tf.binop("add", self, other, False)

    def __radd__(self, other):
        return _tf.binop("add", self, other, True)

    def __sub__(self, other):
        return _tf.binop("sub", self, other, False)

    def __rsub__(self, other):
        return _tf.binop("sub", self, other, True)

    def __mul__(self, other):
        return _tf.binop("mul", self, other, False)

    def __rmul__(self, other):
        return _tf.binop("mul", self, other, True)

    def __truediv__(self, other):
        return _tf.binop("truediv", self, other, False)

    def __rtruediv__(self, other):
        return _tf.binop("truediv", self, other, True)

    def __floordiv__(self, other):
        return _tf.binop("floordiv", self, other, False)

    def __rfloordiv__(self, other):
        return _tf.binop("floordiv", self, other, True)

    def __mod__(self, other):
        return _tf.binop("mod", self, other, False)

    def __rmod__(self, other):
        return _tf.binop("mod", self, other, True)

    def __pow__(self, other):
        return _tf.binop("pow", self, other, False)

    def __rpow__(self, other):
        return _tf.binop("pow", self, other, True)

    def __matmul__(self, other):
        return _tf.binop("matmul", self, other, False)

    def __rmatmul__(self, other):
        return _tf.binop("matmul", self, other, True)

    def __and__(self, other):
        return _tf.binop("and", self, other, False)

    def __rand__(self, other):
        return _tf.binop("and", self, other, True)

    def __or__(self, other):
        return _tf.binop("or", self, other, False)

    def __ror__(self, other):
        return _tf.binop("or", self, other, True)

    def __xor__(self, other):
        return _tf.binop("xor", self, other, False)

    def __rxor__(self, other):
        return _tf.binop("xor", self, other, True)

    def __lt__(self, other):
        return _tf.binop("lt", self, other, False)

    def __le__(self, other):
        return _tf.binop("le", self, other, False)

    def __gt__(self, other):
        return _tf.binop("gt", self, other, False)

    def __ge__(self, other):
        return _tf.binop("ge", self, other, False)

    def __neg__(self):
        return _tf.unop("neg", self)

    def __abs__(self):
        return _tf.unop("abs", self)

    def __invert__(self):
        return _tf.unop("invert", self)

    def __eq__(self, other):
        return _tf.tensor_eq(self, other)

    def __ne__(self, other):
        return _tf.tensor_ne(self, other)

    def __hash__(self):
        _tf.check_hashable(self)
        return id(self)

    # ops.py 520-547 (TF 1.15 and 2.x): outside autograph a graph tensor refuses bool() and iteration
    # with OperatorNotAllowedInGraphError; TF 0.12 raised a plain TypeError.
    def __bool__(self):
        if _tf.profile() != "0.12":
            raise OperatorNotAllowedInGraphError(
                "using a `tf.Tensor` as a Python `bool` is not allowed in Graph execution. "
                "Use Eager execution or decorate this function with @tf.function.")
        return _tf.tensor_bool(self)

    def __len__(self):
        return _tf.tensor_len(self)

    def __iter__(self):
        if _tf.profile() != "0.12":
            raise OperatorNotAllowedInGraphError(
                "iterating over `tf.Tensor` is not allowed in Graph execution. "
                "Use Eager execution or decorate this function with @tf.function.")
        return iter(_tf.tensor_iter(self))

    def __getitem__(self, key):
        return _tf.tensor_getitem(self, key)

    def get_shape(self):
        return _tf.attr(self, "shape")

    def eval(self, feed_dict=None, session=None):
        return _tf.eval_tensor(self, feed_dict, session)


class Tensor(_TensorLike):
    __module__ = "tensorflow.python.framework.ops"

    def __init__(self, op, value_index, dtype):
        raise TypeError("tfscope: tensors are made by ops")

    def set_shape(self, shape):
        _tf.tensor_set_shape(self, shape)

    def consumers(self):
        return _tf.tensor_consumers(self)


class EagerTensor(Tensor):
    """TF 2.x eager tensor (ops.py `_EagerTensorBase`): holds its value."""
    __module__ = "tensorflow.python.framework.ops"

    def numpy(self):
        return _tf.eager_numpy(self)

    def __bool__(self):
        return bool(self.numpy())

    def __iter__(self):
        # ops.py Tensor.__iter__ under eager execution: a generator of self[i].
        shape = _tf.attr(self, "shape")
        if not len(shape):
            raise TypeError("Cannot iterate over a scalar tensor.")
        for i in range(shape[0]):
            yield self[i]

    def __int__(self):
        return int(self.numpy())

    def __float__(self):
        return float(self.numpy())

    def __index__(self):
        return self.numpy().__index__()

    def __len__(self):
        shape = _tf.attr(self, "shape")
        if not len(shape):
            raise TypeError("Scalar tensor has no `len()`")
        return shape[0]

    def consumers(self):
        return _tf.attr(self, "consumers")


class Operation(_EngineObject):
    __module__ = "tensorflow.python.framework.ops"

    def __init__(self, *args, **kwargs):
        raise TypeError("tfscope: operations are made by ops")

    def values(self):
        return tuple(_tf.attr(self, "outputs"))

    def run(self, feed_dict=None, session=None):
        _tf.run_operation(self, feed_dict, session)

    def get_attr(self, name):
        if name == "_class":
            return [g.encode() for g in _tf.op_get_attr(self, name)]
        value = _tf.op_get_attr(self, name)
        # ops.py get_attr returns the AttrValue's field: a string attr is `s`, bytes; a list(string) `list.s`.
        if isinstance(value, list):
            return [v.encode() if isinstance(v, str) else v for v in value]
        return value.encode() if isinstance(value, str) else value

    def colocation_groups(self):
        return [g.encode() for g in _tf.op_colocation_groups(self)]


# The variable, graph and scope classes live in their own modules; every importer of _tfcore sees them here.
from _tfvariables import (Variable, VariableV1, RefVariable, ResourceVariable, VariableSynchronization,  # noqa: E402
                          VariableAggregationV2, VariableAggregation, PartitionedVariable, _is_sequence,
                          _PartitionInfo, _EagerResourceVariable)
from _tfgraph import (Graph, _Context, _NullContext, name_scope, name_scope_v2, variable_scope,  # noqa: E402
                      VariableScope, _ReuseMode, AUTO_REUSE)


# ---- sessions

class Session(object):
    __module__ = "tensorflow.python.client.session"

    def __init__(self, target="", graph=None, config=None):
        import _tfproto
        _tfproto.check_session_config(target, config)
        self._h = _tf.session_new(self, graph, type(self).__name__)

    @property
    def graph(self):
        return _tf.session_attr(self._h, "graph")

    @property
    def graph_def(self):
        return _tf.session_attr(self._h, "graph_def")

    @property
    def sess_str(self):
        return ""

    def run(self, fetches, feed_dict=None, options=None, run_metadata=None):
        if options is not None or run_metadata is not None:
            import _tfproto
            _tfproto.check_run_options(options, run_metadata)
        return _tf.session_run(self._h, fetches, feed_dict)

    def close(self):
        _tf.session_close(self._h)

    def as_default(self):
        return _Context(_tf.session_as_default(self._h))

    def __enter__(self):
        self._ctx = _tf.session_context(self._h)
        _tf.cm_enter(self._ctx)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        _tf.cm_exit(self._ctx)
        return False

    def __del__(self):
        pass


class InteractiveSession(Session):
    __module__ = "tensorflow.python.client.session"

    def __init__(self, target="", graph=None, config=None):
        Session.__init__(self, target, graph, config)
        _tf.session_install_interactive(self._h)

    def close(self):
        _tf.session_close(self._h)


_tf.register_classes(Session=Session)


# ---- initializers (init_ops.py classes; the engine builds their ops)

class Initializer(object):
    __module__ = "tensorflow.python.ops.init_ops"

    def __new__(cls, *args, **kwargs):
        # The engine hands back its own initializers (a scope's default) as Initializer objects.
        o = object.__new__(cls)
        if cls is Initializer and len(args) == 1 and not kwargs:
            o._init = args[0]
        return o

    def __call__(self, shape, dtype=None, partition_info=None):
        return _tf.initializer_call(self._init, shape, dtype, partition_info)

    def get_config(self):
        return _tf.initializer_config(self._init)

    def __deepcopy__(self, memo):
        # An init_ops initializer holds only its constructor's values, which deepcopy rebuilds equal; the
        # engine's initializer is never changed after construction, so the copy may share it.
        o = object.__new__(type(self))
        o.__dict__.update(self.__dict__)
        memo[id(self)] = o
        return o


def _initializer_class(name, kind, signature):
    def __init__(self, *args, **kwargs):
        self._init = _tf.make_initializer(kind, signature, args, kwargs)

    return type(name, (Initializer,), {"__init__": __init__, "__module__": "tensorflow.python.ops.init_ops"})


zeros_initializer = _initializer_class("Zeros", "zeros", ("dtype",))
ones_initializer = _initializer_class("Ones", "ones", ("dtype",))
constant_initializer = _initializer_class("Constant", "constant", ("value", "dtype", "verify_shape"))
random_uniform_initializer = _initializer_class("RandomUniform", "random_uniform",
                                                ("minval", "maxval", "seed", "dtype"))
random_normal_initializer = _initializer_class("RandomNormal", "random_normal",
                                               ("mean", "stddev", "seed", "dtype"))
truncated_normal_initializer = _initializer_class("TruncatedNormal", "truncated_normal",
                                                  ("mean", "stddev", "seed", "dtype"))
glorot_uniform_initializer = _initializer_class("GlorotUniform", "glorot_uniform", ("seed", "dtype"))
glorot_normal_initializer = _initializer_class("GlorotNormal", "glorot_normal", ("seed", "dtype"))
_tf.register_classes(Initializer=Initializer)


# ---- templates (tensorflow/python/ops/template.py)

class Template(object):
    __module__ = "tensorflow.python.ops.template"

    def __init__(self, name, func, create_scope_now=False, unique_name=None, custom_getter=None, **kwargs):
        self._t = _tf.make_template(name, create_scope_now, unique_name, custom_getter)
        self._func = func
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        kw = dict(self._kwargs)
        kw.update(kwargs)
        return _tf.template_call(self._t, lambda: self._func(*args, **kw))

    def __getattr__(self, name):
        if name in ("_t", "_func", "_kwargs"):
            raise AttributeError(name)
        return _tf.template_attr(self._t, name)


def make_template(name_, func_, create_scope_now_=False, unique_name_=None, custom_getter_=None, **kwargs):
    return Template(name_, func_, create_scope_now=create_scope_now_, unique_name=unique_name_,
                    custom_getter=custom_getter_, **kwargs)


# ---- names TensorFlow has that tfscope does not model

def _missing_attribute(module, name, removed=()):
    """Module __getattr__: TF's public name as a stub that says tfscope lacks it (_tfsurface.py), or
    the AttributeError TF raises for a name it lacks. The 0.12 profile has no API golden: any public
    name may exist there, so tfscope says it lacks it rather than claiming TF does."""
    if _tf.profile() != "0.12":
        import _tfsurface
        return _tfsurface.missing_attribute(module, name, removed)
    if name.startswith("_") or name in removed:
        raise AttributeError("module '%s' has no attribute '%s'" % (module, name))
    _tf.unsupported("%s.%s" % (module.replace("tensorflow", "tf", 1), name))


def _module_dir(module, namespace):
    """Module __dir__: the public names of TF's module (its API golden) and the module's dunders."""
    if _tf.profile() == "0.12":
        return sorted(namespace)
    import _tfsurface
    return _tfsurface.module_dir(module, namespace)

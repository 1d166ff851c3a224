# tf.data as TF 1.15 has it, a narrow subset exact: python/data/ops/dataset_ops.py (DatasetV2, DatasetV1,
# DatasetV1Adapter and the dataset classes below), iterator_ops.py (Iterator), data/util/structure.py
# (normalize_element) and data/util/nest.py (tuples and dicts are structure, a list is one value). The
# ops go through `_tf.data_*` (src/shim/tf-data.ts). What is not modelled is refused by name.
import _tf
from _tfcore import Tensor, TensorShape, name_scope
from _tfdtypes import as_dtype
from _tftest_engine import convert_to_tensor

_int64 = as_dtype("int64")
_bool = as_dtype("bool")
_string = as_dtype("string")
_MODULE = "tensorflow.python.data.ops.dataset_ops"


def _unsupported(what):
    _tf.unsupported(what)


# ---- data/util/nest.py

def _sorted(d):
    try:
        return sorted(d)
    except TypeError:
        raise TypeError("nest only supports dicts with sortable keys.")


def _flatten(x):
    if isinstance(x, dict):
        return [v for k in _sorted(x) for v in _flatten(x[k])]
    if isinstance(x, tuple):
        return [v for e in x for v in _flatten(e)]
    return [x]


def _sequence_like(instance, args):
    if isinstance(instance, dict):
        result = dict(zip(_sorted(instance), args))
        return type(instance)((key, result[key]) for key in instance)
    if hasattr(instance, "_fields"):
        return type(instance)(*args)
    return type(instance)(args)


def _pack(structure, flat):
    it = iter(flat)

    def build(s):
        if isinstance(s, dict):
            return _sequence_like(s, [build(s[k]) for k in _sorted(s)])
        if isinstance(s, tuple):
            return _sequence_like(s, [build(e) for e in s])
        return next(it)

    return build(structure)


def _map(fn, structure):
    return _pack(structure, [fn(x) for x in _flatten(structure)])


# ---- element structure: one (dtype, shape) spec per component

class _Spec(object):
    def __init__(self, dtype, shape):
        self.dtype = dtype
        self.shape = shape


def _flat_types(spec):
    return [s.dtype for s in _flatten(spec)]


def _flat_shapes(spec):
    return [None if s.shape.ndims is None else s.shape.as_list() for s in _flatten(spec)]


def _normalize_element(element):
    # structure.normalize_element: every component that is not already a Tensor is converted, under
    # the name scope "normalize_element", as `component_<i>`.
    components = _flatten(element)
    normalized = []
    with name_scope("normalize_element"):
        for i, t in enumerate(components):
            if isinstance(t, Tensor):
                normalized.append(t)
            elif type(t).__name__ in ("SparseTensor", "SparseTensorValue", "RaggedTensor", "TensorArray") or \
                    isinstance(t, DatasetV2):
                _unsupported("tf.data over a %s component" % type(t).__name__)
            else:
                normalized.append(convert_to_tensor(t, name="component_%d" % i))
    return _pack(element, normalized)


# ---- datasets

class DatasetV2(object):
    __module__ = _MODULE

    def __init__(self, variant_tensor):
        self._variant_tensor = variant_tensor

    def _inputs(self):
        return []

    @property
    def _structure(self):
        return self._spec

    def _flat(self):
        return _flat_types(self._structure), _flat_shapes(self._structure)

    def _apply_options(self):
        # dataset_ops.py `_apply_options` with default Options: the default static optimizations
        # (optimization_options.py, sorted), then autotuning.
        optimizations = convert_to_tensor(["map_and_batch_fusion", "noop_elimination", "shuffle_and_repeat_fusion"],
                                          dtype=_string, name="optimizations")
        dataset = _Unary(self, "OptimizeDataset", [optimizations])
        return _Unary(dataset, "ModelDataset", [])

    def __repr__(self):
        shapes = str(_map(str, _legacy_shapes(self))).replace("'", "")
        types = str(_map(repr, _legacy_types(self))).replace("'", "")
        return "<%s shapes: %s, types: %s>" % (type(self).__name__, shapes, types)

    def __iter__(self):
        raise RuntimeError("__iter__() is only supported inside of tf.function or when eager execution is enabled.")


def _legacy_types(ds):
    return _map(lambda s: s.dtype, ds._structure)


def _legacy_shapes(ds):
    return _map(lambda s: s.shape, ds._structure)


def _legacy_classes(ds):
    return _map(lambda s: Tensor, ds._structure)


class _Unary(DatasetV2):
    """A dataset op over one input dataset (its structure unchanged unless `spec` says otherwise)."""
    __module__ = _MODULE

    def __new__(cls, input_dataset, op_type, inputs, spec=None):
        # The instance gets the class name dataset_ops.py gives that dataset.
        return object.__new__(_UNARY_CLASSES[op_type] if cls is _Unary else cls)

    def __init__(self, input_dataset, op_type, inputs, spec=None):
        self._input_dataset = input_dataset
        self._spec = input_dataset._structure if spec is None else spec
        types, shapes = self._flat()
        DatasetV2.__init__(self, _tf.data_dataset(op_type, [input_dataset._variant_tensor] + inputs, types, shapes))

    def _inputs(self):
        return [self._input_dataset]


_UNARY_CLASSES = dict(
    (op, type(name, (_Unary,), {"__module__": _MODULE}))
    for op, name in (("OptimizeDataset", "_OptimizeDataset"), ("ModelDataset", "_ModelDataset"),
                     ("RepeatDataset", "RepeatDataset"), ("TakeDataset", "TakeDataset"), ("SkipDataset", "SkipDataset"),
                     ("BatchDatasetV2", "BatchDataset"), ("PrefetchDataset", "PrefetchDataset")))


def _get_seed(seed):
    # data/util/random_seed.py get_seed over framework/random_seed.py get_seed: tensors named `seed`
    # and `seed2`, the latter a Select that turns (0, 0) into (0, 2**31 - 1).
    from _tfapi import equal, logical_and, where
    seed, seed2 = _tf.data_get_seed(seed)
    if seed is None:
        seed = _tf.constant(0, dtype=_int64, name="seed")
    else:
        seed = convert_to_tensor(seed, dtype=_int64, name="seed")
    if seed2 is None:
        seed2 = _tf.constant(0, dtype=_int64, name="seed2")
    else:
        with name_scope("seed2") as scope:
            seed2 = convert_to_tensor(seed2, dtype=_int64)
            seed2 = where(logical_and(equal(seed, 0), equal(seed2, 0)),
                          _tf.constant(2**31 - 1, dtype=_int64), seed2, name=scope)
    return seed, seed2


class ShuffleDataset(DatasetV2):
    # dataset_ops.py ShuffleDataset (TF 1.15, graph mode: gen_dataset_ops.shuffle_dataset).
    __module__ = _MODULE

    def __init__(self, input_dataset, buffer_size, seed=None, reshuffle_each_iteration=None):
        self._input_dataset = input_dataset
        self._spec = input_dataset._structure
        self._buffer_size = convert_to_tensor(buffer_size, dtype=_int64, name="buffer_size")
        self._seed, self._seed2 = _get_seed(seed)
        if reshuffle_each_iteration is None:
            self._reshuffle_each_iteration = True
        else:
            self._reshuffle_each_iteration = reshuffle_each_iteration
        types, shapes = self._flat()
        DatasetV2.__init__(self, _tf.data_shuffle_dataset(
            input_dataset._variant_tensor, [self._buffer_size, self._seed, self._seed2],
            bool(self._reshuffle_each_iteration), types, shapes))

    def _inputs(self):
        return [self._input_dataset]


class MapDataset(DatasetV2):
    __module__ = _MODULE

    def __init__(self, input_dataset, variant_tensor, spec):
        self._input_dataset = input_dataset
        self._spec = spec
        DatasetV2.__init__(self, variant_tensor)

    def _inputs(self):
        return [self._input_dataset]


# Ops whose OpDef is stateful: a function holding one is not run per element here.
_STATEFUL = ("VariableV2", "VarHandleOp", "RandomUniform", "RandomUniformInt", "RandomStandardNormal",
             "TruncatedNormal", "Assign", "AssignAdd", "AssignSub", "OneShotIterator", "IteratorV2")


def _trace(func, input_spec, transformation):
    """StructuredFunctionWrapper (defun): `func` traced once into a graph of its own, over placeholders
    `args_<i>` for the flat components; a tuple element is unpacked into arguments (_should_unpack_args).
    What autograph (on by default) would rewrite, tfscope does not trace: Python control flow over tensors
    and print() of tensors are refused by name."""
    if not callable(func):
        raise ValueError("Argument must be callable")  # function_utils.get_func_name
    from _tfcore import Graph
    what = "a function passed to %s" % transformation
    real_str = Tensor.__str__
    g = Graph()

    def str_(t):
        # print(t) reaches str(t): autograph's print_ would print the value at run time instead.
        if t.graph is g:
            _unsupported("print() of a tensor in %s (autograph runs it as a print op)" % what)
        return real_str(t)

    with g.as_default():
        args = [_tf.placeholder(s.dtype, None if s.shape.ndims is None else s.shape.as_list(), name="args_%d" % i)
                for i, s in enumerate(_flatten(input_spec))]
        nested = _pack(input_spec, args)
        Tensor.__str__ = str_
        try:
            ret = func(*nested) if type(nested) is tuple else func(nested)
        except TypeError as e:
            if "as a Python `bool`" in str(e) or "only iterable when eager" in str(e):
                _unsupported("Python control flow over tensors in %s (autograph converts it)" % what)
            raise
        except ValueError as e:
            if "must be from the same graph" in str(e):
                _unsupported("%s that uses a tensor from outside it (a captured input)" % what)
            raise
        finally:
            Tensor.__str__ = real_str
        if isinstance(ret, list):
            ret = tuple(ret)
        if any(type(t).__name__ in ("SparseTensor", "SparseTensorValue", "RaggedTensor") for t in _flatten(ret)):
            # TF's structure carries them as a variant component (structure.py SparseTensorSpec).
            _unsupported("a %s returned by %s" % (next(type(t).__name__ for t in _flatten(ret) if type(t).__name__ in
                                                      ("SparseTensor", "SparseTensorValue", "RaggedTensor")), what))
        try:
            ret = _pack(ret, [t if isinstance(t, Tensor) else convert_to_tensor(t) for t in _flatten(ret)])
        except (ValueError, TypeError):
            raise TypeError("Unsupported return value from function passed to %s: %s." % (transformation, ret))
    for op in g.get_operations():
        if op.type in _STATEFUL:
            _unsupported("%s with a stateful op (%s)" % (what, op.type))
    outputs = _flatten(ret)
    return args, outputs, _map(lambda t: _Spec(t.dtype, t.get_shape()), ret)


class TensorSliceDataset(DatasetV2):
    __module__ = _MODULE

    def __init__(self, element):
        element = _normalize_element(element)
        tensors = _flatten(element)
        self._spec = _map(_unbatch, element)
        batch_dim = tensors[0].get_shape()[0]
        for t in tensors[1:]:
            batch_dim.assert_is_compatible_with(t.get_shape()[0])
        types, shapes = self._flat()
        DatasetV2.__init__(self, _tf.data_dataset("TensorSliceDataset", tensors, types, shapes))


def _unbatch(t):
    # tensor_spec.py TensorSpec._unbatch.
    if t.get_shape().ndims == 0:
        raise ValueError("Unbatching a tensor is only supported for rank >= 1")
    return _Spec(t.dtype, t.get_shape()[1:])


class TensorDataset(DatasetV2):
    __module__ = _MODULE

    def __init__(self, element):
        element = _normalize_element(element)
        self._spec = _map(lambda t: _Spec(t.dtype, t.get_shape()), element)
        types, shapes = self._flat()
        DatasetV2.__init__(self, _tf.data_dataset("TensorDataset", _flatten(element), types, shapes))


class RangeDataset(DatasetV2):
    __module__ = _MODULE

    def __init__(self, *args):
        if len(args) == 1:
            bounds = [(0, "start"), (args[0], "stop"), (1, "step")]
        elif len(args) == 2:
            bounds = [(args[0], "start"), (args[1], "stop"), (1, "step")]
        elif len(args) == 3:
            bounds = [(args[0], "start"), (args[1], "stop"), (args[2], "step")]
        else:
            raise ValueError("Invalid arguments to RangeDataset: %s" % str(args))
        tensors = [convert_to_tensor(v, dtype=_int64, name=n) for v, n in bounds]
        self._spec = _Spec(_int64, TensorShape([]))
        types, shapes = self._flat()
        DatasetV2.__init__(self, _tf.data_dataset("RangeDataset", tensors, types, shapes))


def _count(count):
    return convert_to_tensor(count, dtype=_int64, name="count")


def _batch_spec(input_dataset, batch_size, drop_remainder):
    # BatchDataset: the batch dimension is static only when drop_remainder is a constant True.
    known = None
    if _tf.data_constant_scalar(drop_remainder):
        known = _tf.data_constant_scalar(batch_size)
    return _map(lambda s: _Spec(s.dtype, TensorShape([known]).concatenate(s.shape)), input_dataset._structure)


class DatasetV1(DatasetV2):
    __module__ = _MODULE

    def __init__(self):
        if type(self) in (DatasetV1, DatasetV2):
            # TF's classes are abstract (abc): a subclass of the user's own is not modelled either.
            _unsupported("tf.data.Dataset() (an abstract class)")
        try:
            variant_tensor = self._as_variant_tensor()
        except AttributeError as e:
            if "_as_variant_tensor" in str(e):
                raise AttributeError("Please use _variant_tensor instead of _as_variant_tensor() to obtain the variant "
                                     "associated with a dataset")
            raise AttributeError("{}: A likely cause of this error is that the super call for this dataset is not the "
                                 "last line of the __init__ method. The base class causes the _as_variant_tensor call "
                                 "in its constructor and if that uses attributes defined in the __init__ method, those "
                                 "attrs need to be defined before the super call.".format(e))
        DatasetV2.__init__(self, variant_tensor)

    @staticmethod
    def from_tensors(tensors):
        return DatasetV1Adapter(TensorDataset(tensors))

    @staticmethod
    def from_tensor_slices(tensors):
        return DatasetV1Adapter(TensorSliceDataset(tensors))

    @staticmethod
    def range(*args):
        return DatasetV1Adapter(RangeDataset(*args))

    def repeat(self, count=None):
        if count is None:
            count = _tf.constant(-1, dtype=_int64, name="count")
        return DatasetV1Adapter(_Unary(self, "RepeatDataset", [_count(count)]))

    def take(self, count):
        return DatasetV1Adapter(_Unary(self, "TakeDataset", [_count(count)]))

    def skip(self, count):
        return DatasetV1Adapter(_Unary(self, "SkipDataset", [_count(count)]))

    def batch(self, batch_size, drop_remainder=False):
        size = convert_to_tensor(batch_size, dtype=_int64, name="batch_size")
        drop = convert_to_tensor(drop_remainder, dtype=_bool, name="drop_remainder")
        return DatasetV1Adapter(_Unary(self, "BatchDatasetV2", [size, drop], _batch_spec(self, size, drop)))

    def make_one_shot_iterator(self):
        return self._make_one_shot_iterator()

    def _make_one_shot_iterator(self):
        types, shapes = self._flat()
        resource = _tf.data_one_shot_iterator(self._variant_tensor, types, shapes)
        return Iterator._make(resource, None, _legacy_types(self), _legacy_shapes(self), _legacy_classes(self))

    def make_initializable_iterator(self, shared_name=None):
        return self._make_initializable_iterator(shared_name)

    def _make_initializable_iterator(self, shared_name=None):
        dataset = self._apply_options()
        if shared_name is None:
            shared_name = ""
        types, shapes = self._flat()
        resource = _tf.data_iterator_v2(shared_name, types, shapes)
        initializer = _tf.data_make_iterator(dataset._variant_tensor, resource)
        return Iterator._make(resource, initializer, _legacy_types(dataset), _legacy_shapes(dataset), _legacy_classes(dataset))

    @property
    def output_classes(self):
        return _legacy_classes(self)

    @property
    def output_shapes(self):
        return _legacy_shapes(self)

    @property
    def output_types(self):
        return _legacy_types(self)

    @property
    def element_spec(self):
        _unsupported("tf.data.Dataset.element_spec")

    # Transformations and sources tfscope does not model, with TF's signatures.
    @staticmethod
    def from_generator(generator, output_types, output_shapes=None, args=None):
        _unsupported("tf.data.Dataset.from_generator")

    @staticmethod
    def from_sparse_tensor_slices(sparse_tensor):
        _unsupported("tf.data.Dataset.from_sparse_tensor_slices")

    @staticmethod
    def list_files(file_pattern, shuffle=None, seed=None):
        _unsupported("tf.data.Dataset.list_files")

    @staticmethod
    def zip(datasets):
        _unsupported("tf.data.Dataset.zip")

    def apply(self, transformation_func):
        _unsupported("tf.data.Dataset.apply")

    def cache(self, filename=""):
        _unsupported("tf.data.Dataset.cache")

    def concatenate(self, dataset):
        _unsupported("tf.data.Dataset.concatenate")

    def enumerate(self, start=0):
        _unsupported("tf.data.Dataset.enumerate")

    def filter(self, predicate):
        _unsupported("tf.data.Dataset.filter")

    def filter_with_legacy_function(self, predicate):
        _unsupported("tf.data.Dataset.filter_with_legacy_function")

    def flat_map(self, map_func):
        _unsupported("tf.data.Dataset.flat_map")

    def interleave(self, map_func, cycle_length=-1, block_length=1, num_parallel_calls=None):
        _unsupported("tf.data.Dataset.interleave")

    def map(self, map_func, num_parallel_calls=None):
        if num_parallel_calls is not None:
            _unsupported("tf.data.Dataset.map(num_parallel_calls=...)")
        args, outputs, spec = _trace(map_func, self._structure, "Dataset.map()")
        types, shapes = _flat_types(spec), _flat_shapes(spec)
        return DatasetV1Adapter(MapDataset(self, _tf.data_map_dataset(self._variant_tensor, args, outputs, types, shapes), spec))

    def map_with_legacy_function(self, map_func, num_parallel_calls=None):
        _unsupported("tf.data.Dataset.map_with_legacy_function")

    def options(self):
        _unsupported("tf.data.Dataset.options")

    def padded_batch(self, batch_size, padded_shapes, padding_values=None, drop_remainder=False):
        _unsupported("tf.data.Dataset.padded_batch")

    def prefetch(self, buffer_size):
        if buffer_size is None:
            buffer_size = -1  # the sentinel for auto-tuning
        size = convert_to_tensor(buffer_size, dtype=_int64, name="buffer_size")
        return DatasetV1Adapter(_Unary(self, "PrefetchDataset", [size]))

    def reduce(self, initial_state, reduce_func):
        _unsupported("tf.data.Dataset.reduce")

    def shard(self, num_shards, index):
        _unsupported("tf.data.Dataset.shard")

    def shuffle(self, buffer_size, seed=None, reshuffle_each_iteration=None):
        return DatasetV1Adapter(ShuffleDataset(self, buffer_size, seed, reshuffle_each_iteration))

    def unbatch(self):
        _unsupported("tf.data.Dataset.unbatch")

    def window(self, size, shift=None, stride=1, drop_remainder=False):
        _unsupported("tf.data.Dataset.window")

    def with_options(self, options):
        _unsupported("tf.data.Dataset.with_options")


class DatasetV1Adapter(DatasetV1):
    """Wraps a V2 dataset in the tf.compat.v1.data.Dataset API."""
    __module__ = _MODULE

    def __init__(self, dataset):
        self._dataset = dataset
        DatasetV1.__init__(self)

    def _as_variant_tensor(self):
        return self._dataset._variant_tensor

    def _inputs(self):
        return self._dataset._inputs()

    @property
    def _structure(self):
        return self._dataset._structure


# ---- iterators (iterator_ops.py)

class Iterator(object):
    __module__ = "tensorflow.python.data.ops.iterator_ops"

    def __init__(self, iterator_resource, initializer, output_types, output_shapes, output_classes):
        # Users build iterators through Dataset; an Iterator over a resource tensor of their own is not modelled.
        _unsupported("tf.data.Iterator(...)")

    @classmethod
    def _make(cls, iterator_resource, initializer, output_types, output_shapes, output_classes):
        it = object.__new__(cls)
        it._init(iterator_resource, initializer, output_types, output_shapes, output_classes)
        return it

    def _init(self, iterator_resource, initializer, output_types, output_shapes, output_classes):
        self._iterator_resource = iterator_resource
        self._initializer = initializer
        if output_types is None or output_shapes is None or output_classes is None:
            raise ValueError("If `structure` is not specified, all of `output_types`, `output_shapes`, and "
                             "`output_classes` must be specified.")
        self._structure = _pack(output_types, [_Spec(t, s) for t, s in zip(_flatten(output_types), _flatten(output_shapes))])
        self._string_handle = _tf.data_to_string_handle(iterator_resource)
        self._get_next_call_count = 0
        _tf.add_to_collection("iterators", iterator_resource)

    @staticmethod
    def from_structure(output_types, output_shapes=None, shared_name=None, output_classes=None):
        _unsupported("tf.data.Iterator.from_structure")

    @staticmethod
    def from_string_handle(string_handle, output_types, output_shapes=None, output_classes=None):
        _unsupported("tf.data.Iterator.from_string_handle")

    @property
    def initializer(self):
        if self._initializer is not None:
            return self._initializer
        raise ValueError("Iterator does not have an initializer.")

    def make_initializer(self, dataset, name=None):
        _unsupported("tf.data.Iterator.make_initializer")

    def get_next(self, name=None):
        self._get_next_call_count += 1
        if self._get_next_call_count > 32:
            import warnings
            warnings.warn(
                "An unusually high number of `Iterator.get_next()` calls was detected. This often indicates that "
                "`Iterator.get_next()` is being called inside a training loop, which will cause gradual slowdown "
                "and eventual resource exhaustion. If this is the case, restructure your code to call "
                "`next_element = iterator.get_next()` once outside the loop, and use `next_element` as the input "
                "to some computation that is invoked inside the loop.")
        flat = _tf.data_get_next(self._iterator_resource, _flat_types(self._structure), _flat_shapes(self._structure), name)
        return _pack(self._structure, flat)

    def string_handle(self, name=None):
        if name is None:
            return self._string_handle
        return _tf.data_to_string_handle(self._iterator_resource, name)

    @property
    def output_classes(self):
        return _map(lambda s: Tensor, self._structure)

    @property
    def output_shapes(self):
        return _map(lambda s: s.shape, self._structure)

    @property
    def output_types(self):
        return _map(lambda s: s.dtype, self._structure)

    @property
    def element_spec(self):
        _unsupported("tf.data.Iterator.element_spec")


# ---- module functions (dataset_ops.py, tf.compat.v1.data.*)

def make_one_shot_iterator(dataset):
    try:
        return dataset._make_one_shot_iterator()
    except AttributeError:
        return DatasetV1Adapter(dataset)._make_one_shot_iterator()


def make_initializable_iterator(dataset, shared_name=None):
    try:
        return dataset._make_initializable_iterator(shared_name)
    except AttributeError:
        return DatasetV1Adapter(dataset)._make_initializable_iterator(shared_name)


def get_output_classes(dataset_or_iterator):
    return _map(lambda s: Tensor, dataset_or_iterator._structure)


def get_output_shapes(dataset_or_iterator):
    return _map(lambda s: s.shape, dataset_or_iterator._structure)


def get_output_types(dataset_or_iterator):
    return _map(lambda s: s.dtype, dataset_or_iterator._structure)

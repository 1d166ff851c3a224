# tf.TensorArray in graph mode (TF 1.15 tensor_array_ops.py: `TensorArray` 946-1195 over
# `_GraphTensorArray` 49-413, `build_ta_with_new_flow` 1198-1226): the TensorArrayV3 ops with their
# name scopes, the element shape `_check_element_shape` infers, colocation with the first write, and
# `stack`/`unstack` over gather/scatter of a range. The ops and kernels are the engine's
# (src/tf/ops/tensor-array.ts, src/tf/kernels/tensor-array.ts). Eager TensorArrays (`_EagerTensorArray`)
# and the TF 2 TensorList form are refused by name.
import _tf
from _tfcore import name_scope, TensorShape, Tensor
from _tfdevice import colocate_with
from _tftest_engine import convert_to_tensor


def _as_shape(shape):
    from _tfshape import as_shape
    return as_shape(shape)


class _Colocation(object):
    # _maybe_colocate_with: the first written value becomes the colocation group.
    def __init__(self, impl, value):
        self._impl, self._value = impl, value
        self._cm = None

    def __enter__(self):
        impl = self._impl
        if not impl._colocate_with_first_write_call:
            return None
        if not impl._colocate_with:
            impl._colocate_with.append(self._value)
        self._cm = colocate_with(impl._colocate_with[0])
        return self._cm.__enter__()

    def __exit__(self, *exc):
        if self._cm is not None:
            return self._cm.__exit__(*exc)
        return False


class TensorArray(object):
    __module__ = "tensorflow.python.ops.tensor_array_ops"

    def __init__(self, dtype, size=None, dynamic_size=None, clear_after_read=None, tensor_array_name=None,
                 handle=None, flow=None, infer_shape=True, element_shape=None,
                 colocate_with_first_write_call=True, name=None):
        from _tfdtypes import as_dtype
        if _tf.executing_eagerly():
            _tf.unsupported("tf.TensorArray in eager mode")
        if flow is not None and getattr(flow, "dtype", None) == _tf.as_dtype("variant"):
            _tf.unsupported("a tf.TensorArray over a TensorList (control flow v2)")
        if handle is not None and tensor_array_name:
            raise ValueError("Cannot construct with both handle and tensor_array_name")
        if handle is not None and not isinstance(handle, Tensor):
            raise TypeError("Handle must be a Tensor")
        if handle is None and size is None:
            raise ValueError("Size must be provided if handle is not provided")
        if handle is not None and size is not None:
            raise ValueError("Cannot provide both a handle and size at the same time")
        if handle is not None and element_shape is not None:
            raise ValueError("Cannot provide both a handle and element_shape at the same time")
        if handle is not None and dynamic_size is not None:
            raise ValueError("Cannot provide both a handle and dynamic_size at the same time")
        if handle is not None and clear_after_read is not None:
            raise ValueError("Cannot provide both a handle and clear_after_read at the same time")
        if clear_after_read is None:
            clear_after_read = True
        self._dynamic_size = dynamic_size or False
        self._dtype = as_dtype(dtype).base_dtype
        self._colocate_with_first_write_call = colocate_with_first_write_call
        self._colocate_with = [] if colocate_with_first_write_call else None
        self._element_shape = [_as_shape(element_shape)]
        self._infer_shape = infer_shape
        with name_scope(name, "TensorArray", [handle, size, flow]) as scope:
            if handle is not None:
                self._handle = handle
                if flow is None:
                    raise ValueError("flow must not be None if handle is not None.")
                self._flow = flow
            else:
                def create():
                    return _tf.tensor_array_v3(size, dtype, element_shape, self._dynamic_size, clear_after_read,
                                               infer_shape, tensor_array_name or "", scope)
                if colocate_with_first_write_call:
                    # `with ops.device(None), ops.colocate_with(None, ignore_existing=True)`.
                    from _tfdevice import device
                    with device(None), colocate_with(None, ignore_existing=True):
                        self._handle, self._flow = create()
                else:
                    self._handle, self._flow = create()

    @property
    def flow(self):
        return self._flow

    @property
    def dtype(self):
        return self._dtype

    @property
    def handle(self):
        return self._handle

    @property
    def element_shape(self):
        return self._element_shape[0]

    @property
    def dynamic_size(self):
        return self._dynamic_size

    def _check_element_shape(self, shape):
        if not shape.is_compatible_with(self.element_shape):
            raise ValueError("Inconsistent shapes: saw %s but expected %s " % (shape, self.element_shape))
        if self._infer_shape:
            self._element_shape[0] = self.element_shape.merge_with(shape)

    def identity(self):
        return _with_flow(self, _tf.identity(self._flow))

    def grad(self, source, flow=None, name=None):
        _tf.unsupported("TensorArray.grad")

    def read(self, index, name=None):
        value = _tf.tensor_array_read_v3(self._handle, index, self._flow, self._dtype, name)
        value.set_shape(self._element_shape[0].dims)
        return value

    def write(self, index, value, name=None):
        with name_scope(name, "TensorArrayWrite", [self._handle, index, value]):
            value = _convert(value, self._dtype)
            self._check_element_shape(value.shape)
            with _Colocation(self, value):
                flow_out = _tf.tensor_array_write_v3(self._handle, index, value, self._flow, name)
            return _with_flow(self, flow_out)

    def stack(self, name=None):
        with colocate_with(self._handle):
            with name_scope(name, "TensorArrayStack", [self._handle]):
                return self.gather(_tf.range(0, self.size()), name=name)

    def gather(self, indices, name=None):
        element_shape = self._element_shape[0]
        value = _tf.tensor_array_gather_v3(self._handle, indices, self._flow, self._dtype, element_shape, name)
        if self.element_shape:
            value.set_shape([None] + self.element_shape.dims)
        return value

    def concat(self, name=None):
        value, _ = _tf.tensor_array_concat_v3(self._handle, self._flow, self._dtype, self.element_shape[1:], name)
        if self.element_shape:
            value.set_shape([None] + self.element_shape.dims[1:])
        return value

    def unstack(self, value, name=None):
        with name_scope(name, "TensorArrayUnstack", [self._handle, value]):
            num_elements = _tf.shape(value)[0]
            return self.scatter(indices=_tf.range(0, num_elements), value=value, name=name)

    def scatter(self, indices, value, name=None):
        with name_scope(name, "TensorArrayScatter", [self._handle, value, indices]):
            value = _convert(value, self._dtype)
            self._check_element_shape(value.shape[1:])
            with _Colocation(self, value):
                flow_out = _tf.tensor_array_scatter_v3(self._handle, indices, value, self._flow, name)
            return _with_flow(self, flow_out)

    def split(self, value, lengths, name=None):
        with name_scope(name, "TensorArraySplit", [self._handle, value, lengths]):
            value = convert_to_tensor(value, dtype=self._dtype, name="value")
            with _Colocation(self, value):
                lengths_64 = _tf.cast(lengths, _tf.as_dtype("int64"))
                # tensor_util.constant_value(lengths_64), for Python lengths (a tensor's is not modelled here).
                if isinstance(lengths, Tensor):
                    _tf.unsupported("TensorArray.split with lengths given as a Tensor")
                clengths = [int(x) for x in lengths]
                if value.shape.dims is not None:
                    if clengths and max(clengths) == min(clengths):
                        self._check_element_shape(TensorShape([clengths[0]]).concatenate(value.shape[1:]))
                flow_out = _tf.tensor_array_split_v3(self._handle, value, lengths_64, self._flow, name)
            return _with_flow(self, flow_out)

    def size(self, name=None):
        return _tf.tensor_array_size_v3(self._handle, self.flow, name)

    def close(self, name=None):
        return _tf.tensor_array_close_v3(self._handle, name)


def _convert(value, dtype):
    # `ops.convert_to_tensor(value, preferred_dtype=self._dtype, name="value")`; `_check_dtypes` only logs.
    if isinstance(value, Tensor):
        return value
    try:
        return convert_to_tensor(value, dtype=dtype, name="value")
    except (TypeError, ValueError):
        return convert_to_tensor(value, name="value")


def _with_flow(old, flow):
    # build_ta_with_new_flow: the same handle, a new flow, the element shape list shared.
    new = TensorArray.__new__(TensorArray)
    new._handle = old._handle
    new._flow = flow
    new._dtype = old._dtype
    new._infer_shape = old._infer_shape
    new._colocate_with_first_write_call = old._colocate_with_first_write_call
    new._dynamic_size = old._dynamic_size
    new._colocate_with = old._colocate_with
    new._element_shape = old._element_shape
    return new


build_ta_with_new_flow = _with_flow

# tensorflow.python.keras.engine.input_spec: keras's InputSpec and the checks a layer's __call__ runs on
# its inputs (assert_input_compatibility), with TF 1.15's messages.
import _tftest
from _tfdtypes import as_dtype
from _tflayers import _flatten  # nest.flatten as keras uses it on a layer's inputs


class InputSpec(object):
    __module__ = "tensorflow.python.keras.engine.input_spec"

    def __init__(self, dtype=None, shape=None, ndim=None, max_ndim=None, min_ndim=None, axes=None):
        self.dtype = as_dtype(dtype).name if dtype is not None else None
        if shape is not None:
            self.ndim = len(shape)
            self.shape = shape
        else:
            self.ndim = ndim
            self.shape = None
        self.max_ndim = max_ndim
        self.min_ndim = min_ndim
        try:
            axes = axes or {}
            self.axes = {int(k): axes[k] for k in axes}
        except (ValueError, TypeError):
            raise TypeError("The keys in axes must be integers.")
        if self.axes and (self.ndim is not None or self.max_ndim is not None):
            max_dim = (self.ndim if self.ndim else self.max_ndim) - 1
            max_axis = max(self.axes)
            if max_axis > max_dim:
                raise ValueError("Axis {} is greater than the maximum allowed value: {}".format(max_axis, max_dim))

    def __repr__(self):
        spec = [("dtype=" + str(self.dtype)) if self.dtype else "",
                ("shape=" + str(self.shape)) if self.shape else "",
                ("ndim=" + str(self.ndim)) if self.ndim else "",
                ("max_ndim=" + str(self.max_ndim)) if self.max_ndim else "",
                ("min_ndim=" + str(self.min_ndim)) if self.min_ndim else "",
                ("axes=" + str(self.axes)) if self.axes else ""]
        return "InputSpec(%s)" % ", ".join(x for x in spec if x)

    def get_config(self):
        return {"dtype": self.dtype, "shape": self.shape, "ndim": self.ndim, "max_ndim": self.max_ndim,
                "min_ndim": self.min_ndim, "axes": self.axes}

    @classmethod
    def from_config(cls, config):
        return cls(**config)


def assert_input_compatibility(input_spec, inputs, layer_name):
    if not input_spec:
        return
    inputs = _flatten(inputs)
    input_spec = _flatten(input_spec)
    if len(inputs) != len(input_spec):
        raise ValueError("Layer " + layer_name + " expects " + str(len(input_spec)) + " inputs, "
                         "but it received " + str(len(inputs)) + " input tensors. Inputs received: " + str(inputs))
    for input_index, (x, spec) in enumerate(zip(inputs, input_spec)):
        if spec is None:
            continue
        prefix = "Input " + str(input_index) + " of layer " + layer_name + " is incompatible with the layer: "
        if spec.ndim is not None or spec.min_ndim is not None or spec.max_ndim is not None:
            if x.shape.ndims is None:
                raise ValueError(prefix + "its rank is undefined, but the layer requires a defined rank.")
        if spec.ndim is not None:
            ndim = x.shape.ndims
            if ndim != spec.ndim:
                raise ValueError(prefix + "expected ndim=" + str(spec.ndim) + ", found ndim=" + str(ndim) +
                                 ". Full shape received: " + str(x.shape.as_list()))
        if spec.max_ndim is not None:
            ndim = x.shape.ndims
            if ndim is not None and ndim > spec.max_ndim:
                raise ValueError(prefix + "expected max_ndim=" + str(spec.max_ndim) + ", found ndim=" + str(ndim))
        if spec.min_ndim is not None:
            ndim = x.shape.ndims
            if ndim is not None and ndim < spec.min_ndim:
                # TF 1.15's message has this doubled colon.
                raise ValueError(prefix + ": expected min_ndim=" + str(spec.min_ndim) + ", found ndim=" + str(ndim) +
                                 ". Full shape received: " + str(x.shape.as_list()))
        if spec.dtype is not None:
            if x.dtype != spec.dtype:
                raise ValueError(prefix + "expected dtype=" + str(spec.dtype) + ", found dtype=" + str(x.dtype))
        if spec.axes:
            shape = x.shape.as_list()
            if shape is not None:
                for axis, value in spec.axes.items():
                    if hasattr(value, "value"):
                        value = value.value
                    if value is not None and shape[int(axis)] not in {value, None}:
                        raise ValueError("Input " + str(input_index) + " of layer " + layer_name + " is"
                                         " incompatible with the layer: expected axis " + str(axis) +
                                         " of input shape to have value " + str(value) +
                                         " but received input with shape " + str(shape))
        if spec.shape is not None:
            shape = x.shape.as_list()
            if shape is not None:
                for spec_dim, dim in zip(spec.shape, shape):
                    if spec_dim is not None and dim is not None:
                        if spec_dim != dim:
                            raise ValueError("Input " + str(input_index) + " is incompatible with layer " +
                                             layer_name + ": expected shape=" + str(spec.shape) +
                                             ", found shape=" + str(shape))


__getattr__ = _tftest.lazy_module(__name__)

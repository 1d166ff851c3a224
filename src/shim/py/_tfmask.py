# array_ops.where (its one-argument form), array_ops.boolean_mask and variables.report_uninitialized_variables,
# built as TF 1.15's Python builds them, so the graph holds the same ops under the same names.
import os

import _tf
from _tfcore import name_scope
from _tfdevice import device
from _tftest_engine import convert_to_tensor

_bool = _tf.as_dtype("bool")
_string = _tf.as_dtype("string")


def _unsupported(what):
    import _tftest
    _tftest.unsupported(what)


def where(condition, x=None, y=None, name=None):
    # array_ops.where: without x and y, the coordinates of the true elements (a Where op under its scope).
    if x is None and y is None:
        with name_scope(name, "Where", [condition]) as name:
            # ops.internal_convert_to_tensor's preferred_dtype: bool when the value converts to it, else its own.
            try:
                condition = convert_to_tensor(condition, dtype=_bool, name="condition")
            except (TypeError, ValueError):
                condition = convert_to_tensor(condition, name="condition")
            return _tf.where_index(condition, name=name)
    if x is None or y is None:
        raise ValueError("x and y must both be non-None or both be None.")
    return _tf.select(condition, x, y, name)


def boolean_mask(tensor, mask, name="boolean_mask", axis=None):
    # array_ops.boolean_mask (TF 1.15, array_ops.py 1430-1504).
    def _apply_mask_1d(reshaped_tensor, mask, axis=None):
        indices = _tf.squeeze(where(mask), axis=[1])
        return _tf.gather(reshaped_tensor, indices, axis=axis)

    with name_scope(name, values=[tensor, mask]):
        tensor = convert_to_tensor(tensor, name="tensor")
        mask = convert_to_tensor(mask, name="mask")

        shape_mask = mask.get_shape()
        ndims_mask = shape_mask.ndims
        shape_tensor = tensor.get_shape()
        if ndims_mask == 0:
            raise ValueError("mask cannot be scalar.")
        if ndims_mask is None:
            raise ValueError(
                "Number of mask dimensions must be specified, even if some dimensions"
                " are None.  E.g. shape=[None] is ok, but shape=None is not.")
        axis = 0 if axis is None else axis
        shape_tensor[axis:axis + ndims_mask].assert_is_compatible_with(shape_mask)

        leading_size = _tf.reduce_prod(_tf.shape(tensor)[axis:axis + ndims_mask], [0])
        tensor = _tf.reshape(
            tensor,
            _tf.concat([
                _tf.shape(tensor)[:axis], [leading_size],
                _tf.shape(tensor)[axis + ndims_mask:]
            ], 0))
        first_dim = shape_tensor[axis:axis + ndims_mask].num_elements()
        tensor.set_shape(
            shape_tensor[:axis].concatenate([first_dim]).concatenate(shape_tensor[axis + ndims_mask:]))

        mask = _tf.reshape(mask, [-1])
        return _apply_mask_1d(tensor, mask, axis)


def report_uninitialized_variables(var_list=None, name="report_uninitialized_variables"):
    # variables.py 3333-3376.
    if var_list is None:
        var_list = _tf.global_variables() + _tf.local_variables()
        if not var_list:
            var_list = []
            for op in _tf.get_default_graph().get_operations():
                if op.type in ["Variable", "VariableV2", "AutoReloadVariable"]:
                    var_list.append(op.outputs[0])
    with name_scope(name):
        if var_list:
            init_vars = [_tf.is_variable_initialized(v) for v in var_list]
        local_device = os.environ.get("TF_DEVICE_FOR_UNINITIALIZED_VARIABLE_REPORTING", "/cpu:0")
        with device(local_device):
            if not var_list:
                return _tf.constant([], dtype=_string)
            else:
                variables_mask = _tf.logical_not(_tf.stack(init_vars))
                variable_names_tensor = _tf.constant([s.op.name for s in var_list])
                return boolean_mask(variable_names_tensor, variables_mask)

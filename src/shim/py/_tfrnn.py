# tf.nn.dynamic_rnn and tf.nn.static_rnn (TF 1.15 tensorflow/python/ops/rnn.py 521-937, 1266-1444): the
# `rnn` variable scope, the batch/time transposes, the zero state, the while loop over TensorArrays
# (`rnn/while/...`, `rnn/TensorArray`...) and the static unrolling with `reuse_variables()` after the first
# step. dynamic_rnn's `sequence_length` builds rnn.py's checks (sequence_length / CheckSeqLen identities, the
# shape Assert, min/max) and `_rnn_step`'s copy-through (skip_conditionals: Selects on `time >= length`);
# static_rnn's and bidirectional_dynamic_rnn's (conds; reverse_sequence) are refused by name. The varscope's
# caching device (`_should_cache`: `lambda op: op.device`) changes no name or device string and is left out.
import _tf
from _tfcore import Tensor, TensorShape, variable_scope, name_scope
from _tfcond import _flatten, _pack
from _tfrnn_cell import assert_like_rnncell, _concat
from _tftensorarray import TensorArray

__all__ = ["dynamic_rnn", "static_rnn"]


def _tfpub():
    import tensorflow
    return tensorflow


def _is_sequence(x):
    return isinstance(x, (list, tuple, dict))


def _transpose_batch_time(x):
    # rnn.py 43-66.
    tf = _tfpub()
    x_static_shape = x.get_shape()
    if x_static_shape.rank is not None and x_static_shape.rank < 2:
        return x
    x_rank = tf.rank(x)
    x_t = tf.transpose(x, tf.concat(([1, 0], tf.range(2, x_rank)), axis=0))
    x_t.set_shape(TensorShape([x_static_shape.dims[1].value, x_static_shape.dims[0].value])
                  .concatenate(x_static_shape[2:]))
    return x_t


def _best_effort_input_batch_size(flat_input):
    # rnn.py 69-93.
    for input_ in flat_input:
        shape = input_.shape
        if shape.rank is None:
            continue
        if shape.rank < 2:
            raise ValueError("Expected input tensor %s to have rank at least 2" % input_)
        batch_size = shape.dims[1].value
        if batch_size is not None:
            return batch_size
    return _tfpub().shape(flat_input[0])[1]


def _infer_state_dtype(explicit_dtype, state):
    if explicit_dtype is not None:
        return explicit_dtype
    if _is_sequence(state):
        inferred_dtypes = [element.dtype for element in _flatten(state)]
        if not inferred_dtypes:
            raise ValueError("Unable to infer dtype from empty state.")
        if not all(x == inferred_dtypes[0] for x in inferred_dtypes):
            raise ValueError("State has tensors of different inferred_dtypes. Unable to infer a single "
                             "representative dtype.")
        return inferred_dtypes[0]
    return state.dtype


def _initial_state(cell, batch_size, dtype, message):
    if not dtype:
        raise ValueError(message)
    if getattr(cell, "get_initial_state", None) is not None:
        return cell.get_initial_state(inputs=None, batch_size=batch_size, dtype=dtype)
    return cell.zero_state(batch_size, dtype)


def dynamic_rnn(cell, inputs, sequence_length=None, initial_state=None, dtype=None, parallel_iterations=None,
                swap_memory=False, time_major=False, scope=None):
    tf = _tfpub()
    assert_like_rnncell("cell", cell)
    if _tf.executing_eagerly():
        _tf.unsupported("tf.nn.dynamic_rnn in eager mode")
    with variable_scope(scope or "rnn"):
        flat_input = _flatten(inputs)
        if not time_major:
            flat_input = [tf.convert_to_tensor(input_) for input_ in flat_input]
            flat_input = tuple(_transpose_batch_time(input_) for input_ in flat_input)
        parallel_iterations = parallel_iterations or 32
        if sequence_length is not None:
            # rnn.py 659-667.
            sequence_length = tf.cast(sequence_length, tf.int32)
            if sequence_length.get_shape().rank not in (None, 1):
                raise ValueError("sequence_length must be a vector of length batch_size, but saw shape: %s"
                                 % sequence_length.get_shape())
            sequence_length = tf.identity(sequence_length, name="sequence_length")  # Just to find it in the graph.
        batch_size = _best_effort_input_batch_size(flat_input)
        if initial_state is not None:
            state = initial_state
        else:
            state = _initial_state(cell, batch_size, dtype, "If there is no initial_state, you must give a dtype.")
        if sequence_length is not None:
            # rnn.py 681-696: the length vector's shape checked against [batch_size] when it runs.
            with tf.control_dependencies([_assert_has_shape(sequence_length, [batch_size])]):
                sequence_length = tf.identity(sequence_length, name="CheckSeqLen")
        inputs = _pack(inputs, list(flat_input)) if _is_sequence(inputs) else flat_input[0]
        outputs, final_state = _dynamic_rnn_loop(cell, inputs, state, parallel_iterations, swap_memory, dtype,
                                                 sequence_length)
        if not time_major:
            outputs = _map(_transpose_batch_time, outputs)
        return (outputs, final_state)


def _assert_has_shape(x, shape):
    # rnn.py 681-688.
    tf = _tfpub()
    x_shape = tf.shape(x)
    packed_shape = tf.stack(shape)
    from _tfcond import _assert
    return _assert(tf.reduce_all(tf.equal(x_shape, packed_shape)),
                   ["Expected shape for Tensor %s is " % x.name, packed_shape, " but saw shape: ", x_shape])


def _rnn_step(time, sequence_length, min_sequence_length, max_sequence_length, zero_output, state, call_cell,
              state_size, skip_conditionals=False):
    # rnn.py 169-315, as dynamic_rnn calls it (skip_conditionals=True): the cell runs at every step, and
    # where `time >= sequence_length` the zero output and the previous state are selected instead.
    from _tfdevice import graph_colocate_with
    from _tfmask import where
    if not skip_conditionals:
        _tf.unsupported("tf.nn.static_rnn(sequence_length=...) (rnn.py _rnn_step's conds)")
    flat_state = _flatten(state)
    flat_zero_output = _flatten(zero_output)
    copy_cond = time >= sequence_length

    def _copy_one_through(output, new_output):
        if isinstance(output, TensorArray):
            return new_output
        if output.shape.rank == 0:
            return new_output
        with graph_colocate_with(_tf.get_default_graph(), new_output):
            return where(copy_cond, output, new_output)

    def _copy_some_through(flat_new_output, flat_new_state):
        flat_new_output = [_copy_one_through(zero_output, new_output)
                           for zero_output, new_output in zip(flat_zero_output, flat_new_output)]
        flat_new_state = [_copy_one_through(state, new_state) for state, new_state in zip(flat_state, flat_new_state)]
        return flat_new_output + flat_new_state

    new_output, new_state = call_cell()
    new_state = _flatten(new_state)
    new_output = _flatten(new_output)
    if len(new_output) != len(flat_zero_output) or len(new_state) != len(flat_state):
        # nest.assert_same_structure's ValueError.
        _tf.unsupported("an RNN cell whose output or state structure differs from its output_size or state")
    final_output_and_state = _copy_some_through(new_output, new_state)
    final_output = final_output_and_state[:len(flat_zero_output)]
    final_state = final_output_and_state[len(flat_zero_output):]
    for output, flat_output in zip(final_output, flat_zero_output):
        output.set_shape(flat_output.get_shape())
    for substate, flat_substate in zip(final_state, flat_state):
        if not isinstance(substate, TensorArray):
            substate.set_shape(flat_substate.get_shape())
    final_output = _pack(zero_output, final_output) if _is_sequence(zero_output) else final_output[0]
    final_state = _pack(state, final_state) if _is_sequence(state) else final_state[0]
    return final_output, final_state


def _map(fn, x):
    return _pack(x, [fn(y) for y in _flatten(x)]) if _is_sequence(x) else fn(x)


def _dynamic_rnn_loop(cell, inputs, initial_state, parallel_iterations, swap_memory, dtype, sequence_length=None):
    # rnn.py 719-937, in graph mode.
    tf = _tfpub()
    from _tfshape import as_shape
    state = initial_state
    if not isinstance(parallel_iterations, int):
        raise AssertionError("parallel_iterations must be int")
    flat_input = _flatten(inputs)
    flat_output_size = _flatten(cell.output_size)
    input_shape = tf.shape(flat_input[0])
    time_steps = input_shape[0]
    batch_size = _best_effort_input_batch_size(flat_input)
    inputs_got_shape = tuple(input_.get_shape().with_rank_at_least(3) for input_ in flat_input)
    const_time_steps, const_batch_size = inputs_got_shape[0].as_list()[:2]
    for shape in inputs_got_shape:
        if not shape[2:].is_fully_defined():
            raise ValueError("Input size (depth of inputs) must be accessible via shape inference, but saw value None.")
        if const_time_steps != shape.dims[0].value:
            raise ValueError("Time steps is not the same for all the elements in the input in a batch.")
        if const_batch_size != shape.dims[1].value:
            raise ValueError("Batch_size is not the same for all the elements in the input.")

    def _create_zero_arrays(size):
        size = _concat(batch_size, size)
        # array_ops.stack(size) of a tensor: `ops.convert_to_tensor(values)` returns it, no op.
        return tf.zeros(size, _infer_state_dtype(dtype, state))

    # The zero output only _rnn_step reads (with sequence_length); TF builds it all the same.
    flat_zero_output = tuple(_create_zero_arrays(output) for output in flat_output_size)
    zero_output = _pack(cell.output_size, list(flat_zero_output)) if _is_sequence(cell.output_size) \
        else flat_zero_output[0]
    if sequence_length is not None:
        min_sequence_length = tf.reduce_min(sequence_length)
        max_sequence_length = tf.reduce_max(sequence_length)
    else:
        max_sequence_length = time_steps
    time = tf.constant(0, dtype=tf.int32, name="time")
    with name_scope("dynamic_rnn") as scope:
        base_name = scope

    def _create_ta(name, element_shape, dtype):
        return TensorArray(dtype=dtype, size=time_steps, element_shape=element_shape,
                           tensor_array_name=base_name + name)

    output_ta = tuple(
        _create_ta("output_%d" % i, element_shape=TensorShape([const_batch_size]).concatenate(_out_shape(out_size)),
                   dtype=_infer_state_dtype(dtype, state))
        for i, out_size in enumerate(flat_output_size))
    input_ta = tuple(_create_ta("input_%d" % i, element_shape=flat_input_i.shape[1:], dtype=flat_input_i.dtype)
                     for i, flat_input_i in enumerate(flat_input))
    input_ta = tuple(ta.unstack(input_) for ta, input_ in zip(input_ta, flat_input))

    def _time_step(time, output_ta_t, state):
        input_t = tuple(ta.read(time) for ta in input_ta)
        for input_, shape in zip(input_t, inputs_got_shape):
            input_.set_shape(shape[1:])
        input_t = _pack(inputs, list(input_t)) if _is_sequence(inputs) else input_t[0]

        def call_cell():
            return cell(input_t, state)
        if sequence_length is not None:
            (output, new_state) = _rnn_step(
                time=time, sequence_length=sequence_length, min_sequence_length=min_sequence_length,
                max_sequence_length=max_sequence_length, zero_output=zero_output, state=state,
                call_cell=call_cell, state_size=cell.state_size, skip_conditionals=True)
        else:
            (output, new_state) = call_cell()
        output = _flatten(output)
        output_ta_t = tuple(ta.write(time, out) for ta, out in zip(output_ta_t, output))
        return (time + 1, output_ta_t, new_state)

    loop_bound = tf.minimum(time_steps, tf.maximum(1, max_sequence_length))
    _, output_final_ta, final_state = tf.while_loop(
        cond=lambda time, *_: time < loop_bound, body=_time_step, loop_vars=(time, output_ta, state),
        parallel_iterations=parallel_iterations, maximum_iterations=time_steps, swap_memory=swap_memory)
    final_outputs = tuple(ta.stack() for ta in output_final_ta)
    for output, output_size in zip(final_outputs, flat_output_size):
        shape = _concat([const_time_steps, const_batch_size], output_size, static=True)
        output.set_shape(shape)
    return _pack(cell.output_size, list(final_outputs)) if _is_sequence(cell.output_size) else final_outputs[0], \
        final_state


def _out_shape(out_size):
    # _maybe_tensor_shape_from_tensor.
    if isinstance(out_size, Tensor):
        _tf.unsupported("an RNN cell whose output_size is a Tensor")
    return out_size


def static_rnn(cell, inputs, initial_state=None, dtype=None, sequence_length=None, scope=None):
    # rnn.py 1266-1444.
    from _tfshape import dimension_at_index, dimension_value
    tf = _tfpub()
    assert_like_rnncell("cell", cell)
    if not _is_sequence(inputs):
        raise TypeError("inputs must be a sequence")
    if not inputs:
        raise ValueError("inputs must not be empty")
    outputs = []
    with variable_scope(scope or "rnn") as varscope:
        first_input = inputs
        while _is_sequence(first_input):
            first_input = first_input[0]
        if first_input.get_shape().rank != 1:
            input_shape = first_input.get_shape().with_rank_at_least(2)
            fixed_batch_size = input_shape.dims[0]
            for flat_input in _flatten(inputs):
                input_shape = flat_input.get_shape().with_rank_at_least(2)
                batch_size, input_size = dimension_at_index(input_shape, 0), input_shape[1:]
                fixed_batch_size.merge_with(batch_size)
                for i, size in enumerate(input_size.dims):
                    if dimension_value(size) is None:
                        raise ValueError("Input size (dimension %d of inputs) must be accessible via shape inference, "
                                         "but saw value None." % i)
        else:
            fixed_batch_size = first_input.get_shape().with_rank_at_least(1)[0]
        if dimension_value(fixed_batch_size):
            batch_size = dimension_value(fixed_batch_size)
        else:
            batch_size = tf.shape(first_input)[0]
        if initial_state is not None:
            state = initial_state
        else:
            state = _initial_state(cell, batch_size, dtype, "If no initial_state is provided, dtype must be specified")
        if sequence_length is not None:
            _tf.unsupported("tf.nn.static_rnn(sequence_length=...)")
        for time, input_ in enumerate(inputs):
            if time > 0:
                varscope.reuse_variables()
            (output, state) = cell(input_, state)
            outputs.append(output)
        return (outputs, state)


def bidirectional_dynamic_rnn(cell_fw, cell_bw, inputs, sequence_length=None, initial_state_fw=None,
                              initial_state_bw=None, dtype=None, parallel_iterations=None, swap_memory=False,
                              time_major=False, scope=None):
    # rnn.py 364-514: dynamic_rnn under bidirectional_rnn/fw and /bw (each re-entering its scope object, so
    # the ops are under bidirectional_rnn/fw/fw/), the backward one on inputs reversed along time.
    tf = _tfpub()
    assert_like_rnncell("cell_fw", cell_fw)
    assert_like_rnncell("cell_bw", cell_bw)
    if sequence_length is not None:
        _tf.unsupported("tf.nn.bidirectional_dynamic_rnn(sequence_length=...)")
    with variable_scope(scope or "bidirectional_rnn"):
        with variable_scope("fw") as fw_scope:
            output_fw, output_state_fw = dynamic_rnn(
                cell=cell_fw, inputs=inputs, sequence_length=sequence_length, initial_state=initial_state_fw,
                dtype=dtype, parallel_iterations=parallel_iterations, swap_memory=swap_memory,
                time_major=time_major, scope=fw_scope)
        time_axis = 0 if time_major else 1

        def _reverse(input_):
            return tf.reverse(input_, axis=[time_axis])

        with variable_scope("bw") as bw_scope:
            inputs_reverse = _map(_reverse, inputs)
            tmp, output_state_bw = dynamic_rnn(
                cell=cell_bw, inputs=inputs_reverse, sequence_length=sequence_length, initial_state=initial_state_bw,
                dtype=dtype, parallel_iterations=parallel_iterations, swap_memory=swap_memory,
                time_major=time_major, scope=bw_scope)
    output_bw = _reverse(tmp)
    return ((output_fw, output_bw), (output_state_fw, output_state_bw))


__all__.append("bidirectional_dynamic_rnn")

# tf.while_loop, the v1 form TF 1.15 builds (control_flow_ops.py 2483-2760 `while_loop`, 2222-2262
# `BuildLoop`, 2097-2220 `_BuildLoop`): the argument checks, the name scope, the maximum_iterations
# wrapping, shape invariants and the nest structures here; the graph (WhileContext, Enter, Merge,
# LoopCond, Switch, NextIteration, Exit) is the engine's (src/tf/while-context.ts).
import _tf
from _tfcond import _flatten, _pack


def _is_sequence(x):
    return isinstance(x, (list, tuple, dict))


def _obj_str(x):
    # util.cc PyObjectToString: "type=<class name> str=<str(x)>".
    return "type=%s str=%s" % (type(x).__name__, x)


def _structure_error(a, b, check_types):
    # util.cc 655-835 AssertSameStructureHelper: (is_type_error, message) or None.
    if _is_sequence(a) != _is_sequence(b):
        seq, non = (a, b) if _is_sequence(a) else (b, a)
        return False, 'Substructure "%s" is a sequence, while substructure "%s" is not' % (_obj_str(seq), _obj_str(non))
    if not _is_sequence(a):
        return None
    if isinstance(a, dict) or isinstance(b, dict):
        _tf.unsupported("nest.assert_same_structure over dicts in tf.while_loop")
    if check_types:
        ta, tb = type(a), type(b)
        named_a, named_b = hasattr(a, "_fields"), hasattr(b, "_fields")
        if named_a and named_b:
            same = ta.__name__ == tb.__name__ and tuple(a._fields) == tuple(b._fields)
        else:
            same = ta is tb or (isinstance(a, list) and isinstance(b, list))
        if not same:
            return True, ("The two namedtuples don't have the same sequence type. First structure %s has type %s, "
                          "while second structure %s has type %s" % (_obj_str(a), ta.__name__, _obj_str(b), tb.__name__))
    if len(a) != len(b):
        return False, ("The two structures don't have the same number of elements. First structure: %s. "
                       "Second structure: %s" % (_obj_str(a), _obj_str(b)))
    for x, y in zip(a, b):
        err = _structure_error(x, y, check_types)
        if err is not None:
            return err
    return None


def _assert_same_structure(a, b, check_types=True):
    # util.cc 1000-1010 AssertSameStructure's message around the helper's.
    err = _structure_error(a, b, check_types)
    if err is None:
        return
    is_type_error, msg = err
    text = ("The two structures don't have the same nested structure.\n\nFirst structure: %s\n\nSecond structure: %s"
            "\n\nMore specifically: %s" % (_obj_str(a), _obj_str(b), msg))
    raise TypeError(text) if is_type_error else ValueError(text)


def _shape_invariant(var, shape):
    # cf.py 460 `_get_shape_invariant` for a Tensor loop variable.
    if shape is None:
        return var.shape
    from _tfcore import TensorShape
    if not isinstance(shape, TensorShape) and type(shape).__name__ in ("TensorSpec", "TypeSpec"):
        _tf.unsupported("a TensorSpec as a tf.while_loop shape invariant")
    return shape


def _is_ta(x):
    from _tftensorarray import TensorArray
    return isinstance(x, TensorArray)


def _to_flow(x):
    # cf.py 430 `_convert_tensorarray_to_flow`.
    return x.flow if _is_ta(x) else x


def _from_flows(originals, flows):
    # cf.py 437 `_convert_flows_to_tensorarrays`.
    from _tftensorarray import build_ta_with_new_flow
    return [build_ta_with_new_flow(ta, t) if _is_ta(ta) else t for ta, t in zip(originals, flows)]


def _convert_loop_var(x):
    from _tftest_engine import convert_to_tensor
    if type(x).__name__ in ("SparseTensor", "IndexedSlices", "SparseTensorValue", "RaggedTensor"):
        _tf.unsupported("a %s as a tf.while_loop loop variable" % type(x).__name__)
    return convert_to_tensor(x)


def while_loop(cond, body, loop_vars, shape_invariants=None, parallel_iterations=10, back_prop=True,
               swap_memory=False, name=None, maximum_iterations=None, return_same_structure=False):
    if not callable(cond):
        raise TypeError("cond must be callable.")
    if not callable(body):
        raise TypeError("body must be callable.")
    if parallel_iterations < 1:
        raise TypeError("parallel_iterations must be a positive integer.")
    if _tf.profile() == "2":
        # TF 2.10's while_loop (while_v2 in graphs) is not the 1.15 source modelled here.
        _tf.unsupported("tf.while_loop under the TF 2 profile")
    if _tf.executing_eagerly():
        return _eager_while_loop(cond, body, loop_vars, maximum_iterations, return_same_structure)
    from _tfcore import name_scope, TensorShape
    from _tftest_engine import convert_to_tensor
    with name_scope(name, "while", loop_vars):
        if not loop_vars:
            raise ValueError("No loop variables provided")
        try_to_pack = len(loop_vars) == 1 and not return_same_structure
        if maximum_iterations is not None:
            maximum_iterations = _scalar_max_iterations(maximum_iterations)
            counter = _tf.constant(0, dtype=maximum_iterations.dtype, name="iteration_counter")
            loop_vars, cond, body = _counted(cond, body, loop_vars, counter, maximum_iterations, try_to_pack)
            try_to_pack = False
        if shape_invariants is not None:
            if maximum_iterations is not None:
                shape_invariants = (TensorShape([]), shape_invariants)
            _assert_same_structure(loop_vars, shape_invariants, check_types=False)
        if not isinstance(parallel_iterations, int) or parallel_iterations <= 0:
            raise ValueError("`parallel_iterations` must be a positive integer: %s" % parallel_iterations)
        original_loop_vars = loop_vars
        flat_originals = _flatten(loop_vars)
        flat = [_convert_loop_var(_to_flow(x)) for x in flat_originals]
        if shape_invariants is None:
            shapes = [x.shape for x in flat]
        else:
            shapes = [_shape_invariant(x, s) for x, s in zip(flat, _flatten(shape_invariants))]
            if not all(isinstance(s, TensorShape) for s in shapes):
                raise ValueError("`shapes` must be a (possibly nested) list of shapes.")
        state = {}

        def pred(merge_vars):
            return cond(*_pack(original_loop_vars, _from_flows(flat_originals, merge_vars)))

        def run_body(body_vars):
            packed = _pack(original_loop_vars, _from_flows(flat_originals, body_vars))
            result = body(*packed)
            if not _is_sequence(result):
                result = [result]
            _assert_same_structure(list(packed), list(result))
            state["result"] = result
            return [_to_flow(x) for x in _flatten(result)]

        exits = _tf.while_build(flat, pred, run_body, parallel_iterations, back_prop, swap_memory, shapes,
                                maximum_iterations)
        packed = _pack(state["result"], _from_flows(_flatten(state["result"]), exits))
        if not return_same_structure:
            packed = packed[0] if len(exits) == 1 else packed
        if maximum_iterations is not None:
            return packed[1]
        return packed


def _counted(cond, body, loop_vars, counter, limit, try_to_pack):
    # cf.py's maximum_iterations wrapping (graph and eager alike): an iteration counter becomes the first
    # loop variable, the condition also asks counter < limit and the body adds one to it.
    if try_to_pack:
        return ((counter, loop_vars[0]), lambda i, lv: _tf.logical_and(i < limit, cond(lv)),
                lambda i, lv: (i + 1, body(lv)))
    return ((counter, loop_vars), lambda i, lv: _tf.logical_and(i < limit, cond(*lv)),
            lambda i, lv: (i + 1, body(*lv)))


def _scalar_max_iterations(maximum_iterations):
    # cf.py 2687-2692 and 2728-2733: the same check on the eager and the graph path.
    from _tftest_engine import convert_to_tensor
    maximum_iterations = convert_to_tensor(maximum_iterations, name="maximum_iterations")
    if maximum_iterations.shape.ndims != 0:
        raise ValueError("maximum_iterations must be a scalar, saw shape: %s" % maximum_iterations.shape)
    return maximum_iterations


def _eager_while_loop(cond, body, loop_vars, maximum_iterations, return_same_structure):
    # cf.py 2683-2740 under eager execution: a Python loop over the body.
    from _tftest_engine import convert_to_tensor
    if not loop_vars:
        raise ValueError("No loop variables provided")
    try_to_pack = len(loop_vars) == 1 and not return_same_structure
    if maximum_iterations is not None:
        maximum_iterations = _scalar_max_iterations(maximum_iterations)
        loop_vars, cond, body = _counted(cond, body, loop_vars, 0, int(maximum_iterations.numpy()), try_to_pack)
        try_to_pack = False
    packed = False
    structure = list(loop_vars)
    while cond(*loop_vars):
        loop_vars = body(*loop_vars)
        if try_to_pack and not isinstance(loop_vars, (list, tuple)):
            packed = True
            loop_vars = (loop_vars,)
        if _structure_error(structure, list(loop_vars), True) is not None:
            # nest.assert_same_structure over TypeSpecs, whose str() tfscope does not model.
            _tf.unsupported("an eager tf.while_loop body returning another structure (nest's message)")
    loop_vars = _pack(loop_vars, [convert_to_tensor(x) for x in _flatten(loop_vars)])
    if maximum_iterations is not None:
        return loop_vars[1]
    return loop_vars[0] if packed else loop_vars

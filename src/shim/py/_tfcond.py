# tf.cond (control_flow_ops.py 1096-1280, the v1 form TF 1.15 builds): the argument checks and the
# nest handling of branch results here; the graph (Switch, CondContext, Merge) is the engine's.
import _tf


def _flatten(x):
    # nest.flatten: lists and tuples in order, dicts by sorted key; anything else is a leaf.
    if isinstance(x, dict):
        return [leaf for k in sorted(x) for leaf in _flatten(x[k])]
    if isinstance(x, (list, tuple)):
        return [leaf for item in x for leaf in _flatten(item)]
    return [x]


def _pack(structure, flat):
    # nest.pack_sequence_as for the structures _flatten reads.
    it = iter(flat)

    def build(s):
        if isinstance(s, dict):
            built = {k: build(s[k]) for k in sorted(s)}
            return type(s)((k, built[k]) for k in s)
        if isinstance(s, (list, tuple)):
            items = [build(item) for item in s]
            if isinstance(s, tuple) and hasattr(s, "_fields"):
                return type(s)(*items)
            return type(s)(items)
        return next(it)

    return build(structure)


def _same_structure(a, b):
    if isinstance(a, dict) or isinstance(b, dict):
        return isinstance(a, dict) and isinstance(b, dict) and sorted(a) == sorted(b) and all(
            _same_structure(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) or isinstance(b, (list, tuple)):
        return (isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)) and type(a) is type(b)
                and len(a) == len(b) and all(_same_structure(x, y) for x, y in zip(a, b)))
    return True


def _unpack_if_singleton(res):
    if isinstance(res, (list, tuple)) and len(res) == 1:
        return res[0]
    return res


def cond(pred, true_fn=None, false_fn=None, strict=False, name=None, fn1=None, fn2=None):
    if fn1 is not None:
        if true_fn is not None:
            raise TypeError("cond(): true_fn and fn1 may not be set simultaneously.")
        true_fn = fn1
    elif true_fn is None:
        raise TypeError("cond(): true_fn argument required")
    if fn2 is not None:
        if false_fn is not None:
            raise TypeError("cond(): false_fn and fn2 may not be set simultaneously.")
        false_fn = fn2
    elif false_fn is None:
        raise TypeError("cond(): false_fn argument required")
    if not callable(true_fn):
        raise TypeError("true_fn must be callable.")
    if not callable(false_fn):
        raise TypeError("false_fn must be callable.")
    if _tf.executing_eagerly():
        _tf.unsupported("tf.cond under eager execution")
    if isinstance(pred, bool):
        raise TypeError("pred must not be a Python bool")
    results = {}

    def branch(key, fn):
        def run():
            r = fn()
            results[key] = r
            return None if r is None else _flatten(r)
        return run

    def check():
        t, f = results["t"], results["f"]
        if not strict:
            t, f = _unpack_if_singleton(t), _unpack_if_singleton(f)
        if not _same_structure(t, f):
            _tf.unsupported("tf.cond with branches returning different structures (nest's message)")
        results["t"] = t

    merges = _tf.cond(pred, branch("t", true_fn), branch("f", false_fn), name, check)
    merges = _pack(results["t"], merges)
    if not strict:
        merges = _unpack_if_singleton(merges)
    return merges


def _assert(condition, data, summarize=None, name=None):
    """control_flow_ops.Assert (control_flow_ops.py 114-183) for TF's own callers: when every datum converts
    to string or int32 (assumed on host), the Assert op itself; otherwise TF guards it with a cond
    (AssertGuard), which is refused. tf.Assert itself (tf_should_use's unused-result error) is not public."""
    from _tftest_engine import convert_to_tensor
    import tensorflow as tf
    with tf.name_scope(name, "Assert", [condition, data]) as name:
        xs = [convert_to_tensor(x) for x in data]  # ops.convert_n_to_tensor(data)
        if all(x.dtype in (tf.string, tf.int32) for x in xs):
            return _tf.assert_op(condition, data, 3 if summarize is None else summarize, "Assert")
        _tf.unsupported("tf.Assert of data other than string and int32 tensors (its AssertGuard cond)")

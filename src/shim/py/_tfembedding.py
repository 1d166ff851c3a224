# tf.nn.embedding_lookup (tensorflow/python/ops/embedding_ops.py of TF 1.15) for one params tensor or
# RefVariable, as _embedding_lookup_and_transform builds it: the "embedding_lookup" name scope, params
# converted as params_0 (a RefVariable gives its snapshot, `<var>/read`), ids as ids, a GatherV2 named after
# the scope and colocated with the params (array_ops.gather: a Tensor has no sparse_read), then an Identity.
# Several partitions, max_norm, a ResourceVariable (its sparse_read, ResourceGather) and eager mode are
# refused by name; the gradient through GatherV2 (IndexedSlices) is the engine's refusal.
import _tf
from _tfdevice import graph_colocate_with
from _tftest_engine import convert_to_tensor


def _unsupported(what):
    _tf.unsupported("tf.nn.embedding_lookup" + what)


def embedding_lookup(params, ids, partition_strategy="mod", name=None, validate_indices=True, max_norm=None):
    # embedding_ops.py 247-318 (validate_indices is unused there too).
    if _tf.profile() == "2" and not isinstance(partition_strategy, str):
        # TF 2's tf.nn.embedding_lookup(params, ids, max_norm=None, name=None) takes max_norm third.
        _unsupported(" with a third positional argument under TF 2 (its signature differs from TF 1's)")
    return _embedding_lookup_and_transform(params=params, ids=ids, partition_strategy=partition_strategy,
                                           name=name, max_norm=max_norm, transform_fn=None)


def _embedding_lookup_and_transform(params, ids, partition_strategy="mod", name=None, max_norm=None,
                                    transform_fn=None):
    # embedding_ops.py 83-244.
    from _tfvariables import PartitionedVariable, ResourceVariable
    import tensorflow as tf
    if params is None:
        raise ValueError("params must be specified")
    if isinstance(params, (list, tuple)) and not params:
        raise ValueError("Need at least one param")
    if isinstance(params, PartitionedVariable):
        params = list(params)  # Iterate to get the underlying Variables.
    if not isinstance(params, list):
        params = [params]
    if _tf.executing_eagerly():
        _unsupported(" in eager mode")
    if len(params) != 1:
        _unsupported(" of %d partitions (a list of params or a PartitionedVariable)" % len(params))
    if max_norm is not None:
        _unsupported("(max_norm=...)")
    if any(isinstance(p, ResourceVariable) for p in params):
        _unsupported(" of a ResourceVariable (its sparse_read: ResourceGather)")
    if type(params[0]).__name__ in ("IndexedSlices", "SparseTensor"):
        _unsupported(" of a %s" % type(params[0]).__name__)
    with tf.name_scope(name, "embedding_lookup", params + [ids]) as name:
        # ops.convert_n_to_tensor_or_indexed_slices(params, name="params"): "params_%d" per element.
        params = [convert_to_tensor(p, name="params_%d" % i) for i, p in enumerate(params)]
        ids = convert_to_tensor(ids, name="ids")
        with graph_colocate_with(tf.get_default_graph(), params[0]):
            # array_ops.gather(params[0], ids, name=name): axis 0, and a Tensor has no sparse_read, so
            # gen_array_ops.gather_v2 named after the scope itself.
            result = tf.gather(params[0], ids, name=name)
        return tf.identity(result)

/** `tf.GraphKeys` (ops.py 6041-6125): the standard collection names. */
export const GraphKeys = {
  GLOBAL_VARIABLES: "variables",
  LOCAL_VARIABLES: "local_variables",
  METRIC_VARIABLES: "metric_variables",
  MODEL_VARIABLES: "model_variables",
  TRAINABLE_VARIABLES: "trainable_variables",
  SUMMARIES: "summaries",
  QUEUE_RUNNERS: "queue_runners",
  TABLE_INITIALIZERS: "table_initializer",
  ASSET_FILEPATHS: "asset_filepaths",
  MOVING_AVERAGE_VARIABLES: "moving_average_variables",
  REGULARIZATION_LOSSES: "regularization_losses",
  CONCATENATED_VARIABLES: "concatenated_variables",
  SAVERS: "savers",
  WEIGHTS: "weights",
  BIASES: "biases",
  ACTIVATIONS: "activations",
  UPDATE_OPS: "update_ops",
  LOSSES: "losses",
  SAVEABLE_OBJECTS: "saveable_objects",
  RESOURCES: "resources",
  LOCAL_RESOURCES: "local_resources",
  TRAINABLE_RESOURCE_VARIABLES: "trainable_resource_variables",
  INIT_OP: "init_op",
  LOCAL_INIT_OP: "local_init_op",
  READY_OP: "ready_op",
  READY_FOR_LOCAL_INIT_OP: "ready_for_local_init_op",
  SUMMARY_OP: "summary_op",
  GLOBAL_STEP: "global_step",
  EVAL_STEP: "eval_step",
  TRAIN_OP: "train_op",
  COND_CONTEXT: "cond_context",
  WHILE_CONTEXT: "while_context",
} as const;

export const GLOBAL_VARIABLES = GraphKeys.GLOBAL_VARIABLES;
export const TRAINABLE_VARIABLES = GraphKeys.TRAINABLE_VARIABLES;
export const LOCAL_VARIABLES = GraphKeys.LOCAL_VARIABLES;
export const MODEL_VARIABLES = GraphKeys.MODEL_VARIABLES;
export const REGULARIZATION_LOSSES = GraphKeys.REGULARIZATION_LOSSES;
export const UPDATE_OPS = GraphKeys.UPDATE_OPS;
export const LOSSES = GraphKeys.LOSSES;
export const SUMMARIES = GraphKeys.SUMMARIES;

/** A Python tuple used as a collection key; TF keeps its own stores under such keys, which
 *  `get_all_collection_keys()` hides and `Graph.collections` shows. */
export class TupleKey {
  constructor(readonly items: readonly string[]) {}
  /** Python's repr, e.g. `('__variable_store',)`. */
  toString(): string {
    return this.items.length === 1 ? `('${this.items[0]}',)` : `(${this.items.map((s) => `'${s}'`).join(", ")})`;
  }
}

/** variable_scope.py `_VARSTORE_KEY`: holds the graph's variable store. */
export const VARSTORE_KEY = new TupleKey(["__variable_store"]);
/** variable_scope.py `_VARSCOPESTORE_KEY`: holds the per-thread variable-scope store. */
export const VARSCOPESTORE_KEY = new TupleKey(["__varscope"]);

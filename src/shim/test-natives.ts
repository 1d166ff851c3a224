/**
 * The native module `_tftest_native`: engine entry points TF's own unit tests reach through
 * `tensorflow.python.*` module paths that `_tf` does not offer (the default session, `init_scope`,
 * `convert_to_tensor`, the graph's `_VariableStore`, `_DEFAULT_USE_RESOURCE`).
 */
import { type ModuleBuilder, type PyValue, isNone } from "../python/index.js";
import * as tf from "../tf/index.js";
import { getDefaultSession } from "../tf/default-session.js";
import * as ops from "../tf/ops/index.js";
import { Adapters } from "./adapters.js";
import type { NativeKit } from "./native.js";

/** Builds `_tftest_native` for one interpreter. */
export function buildTestNatives(k: NativeKit, m: ModuleBuilder): void {
  const { host, bridge } = k;
  const ad = new Adapters(host, bridge);
  const fn = (name: string, impl: (args: PyValue[]) => unknown) => m.fn(name, k.guard((a) => bridge.toPy(impl(a))));

  fn("get_default_session", () => getDefaultSession());
  // ops._default_graph_stack.reset(). The engine has no call that empties only the graph stack, so a
  // stack left non-empty (a test that died inside `as_default`) costs a fresh TF runtime.
  fn("reset_graph_stack", () => {
    if (tf.hasNestedDefaultGraph()) tf.resetRuntime(tf.currentProfile());
    return null;
  });
  fn("init_scope", () => host.opaque(tf.initScope()));
  m.fn("convert_to_tensor", k.bound("convert_to_tensor", { names: ["value", "dtype", "name", "preferred_dtype", "dtype_hint"], required: 1 }, (a) => {
    if (a[3] !== undefined && !isNone(a[3]!)) throw new tf.Unsupported("convert_to_tensor(preferred_dtype=...)");
    if (a[4] !== undefined && !isNone(a[4]!)) throw new tf.Unsupported("convert_to_tensor(dtype_hint=...)");
    return ops.convertToTensor(bridge.describe(a[0]!), { dtype: bridge.dtypeArg(a[1]), name: k.name(a[2]) });
  }));

  // variable_scope.py `_get_default_variable_store()` and the parts of `_VariableStore` tests touch.
  fn("variable_store", () => host.opaque(tf.variableStore()));
  fn("store_vars", (a) => new Map(host.unwrap<tf.VariableStore>(a[0]!).vars));
  m.fn("store_get_variable", k.bound("get_variable", {
    names: ["store", "name", "shape", "dtype", "initializer", "regularizer", "reuse", "trainable", "collections",
      "caching_device", "partitioner", "validate_shape", "use_resource", "custom_getter", "constraint",
      "synchronization", "aggregation"],
    required: 2,
  }, (a) => {
    for (const [i, what] of [[5, "regularizer"], [8, "collections"], [9, "caching_device"], [10, "partitioner"],
      [13, "custom_getter"], [14, "constraint"], [15, "synchronization"], [16, "aggregation"]] as const) {
      if (a[i] !== undefined && !isNone(a[i]!)) throw new tf.Unsupported(`_VariableStore.get_variable(${what}=...)`);
    }
    const reuse = a[6] === undefined || isNone(a[6]!) ? null : a[6] === bridge.autoReuse ? tf.AUTO_REUSE : host.truthy(a[6]!);
    return host.unwrap<tf.VariableStore>(a[0]!).getVariable(host.str(a[1]!), {
      shape: bridge.shapeArg(a[2]),
      dtype: bridge.dtypeArg(a[3]),
      initializer: ad.initializer(a[4]),
      reuse,
      trainable: k.optBool(a[7]),
      validateShape: k.bool(a[11], true),
      useResource: k.optBool(a[12]),
    });
  }));

  // variable_scope.py `_DEFAULT_USE_RESOURCE` (enable_/disable_resource_variables).
  fn("set_default_use_resource", (a) => {
    tf.behavior().resourceVariables = host.truthy(a[0]!);
    return null;
  });
}

/**
 * `tf.layers` (legacy layers) and `tf.make_template`: the engine's Layer and Template objects behind
 * Python classes; Python callables (activations, template functions) run inside the engine's scopes.
 */
import { type ModuleBuilder, type PyValue, asList, isNone, isStr } from "../python/index.js";
import * as tf from "../tf/index.js";
import { Conv2D, Dense, type Layer } from "../tf/layers.js";
import { type Initializer } from "../tf/ops/index.js";
import { makeTemplate, type Template } from "../tf/template.js";
import type { Adapters } from "./adapters.js";
import type { NativeKit } from "./native.js";

export function installLayerFunctions(k: NativeKit, m: ModuleBuilder, ad: Adapters): void {
  const { host, bridge } = k;
  const fn = (name: string, impl: (a: PyValue[], kw: Map<string, PyValue>) => unknown) =>
    m.fn(name, k.guard((a, kw) => bridge.toPy(impl(a, kw))));
  const activation = (v: PyValue | undefined) =>
    v === undefined || isNone(v) ? null : (x: tf.Tensor) => bridge.engineOf(host.call(v, [bridge.toPy(x)])) as tf.Tensor;
  const init = (v: PyValue | undefined): Initializer | null | undefined => {
    if (v === undefined) return undefined;
    if (isNone(v)) return null;
    const e = ad.engineInitializer(v);
    if (e === null) throw new tf.Unsupported("a layer initializer that is not a tf initializer object");
    return e as Initializer;
  };
  const pairArg = (v: PyValue | undefined): number | [number, number] | undefined =>
    v === undefined ? undefined : typeof v === "number" ? v : (asList(v).map(Number) as [number, number]);
  const common = (a: PyValue[], idx: { trainable: number; name: number; reuse?: number; dtype?: number }) => ({
    trainable: a[idx.trainable] === undefined ? true : host.truthy(a[idx.trainable]!),
    name: k.name(a[idx.name]),
    dtype: idx.dtype === undefined ? null : bridge.dtypeArg(a[idx.dtype]),
    reuse: idx.reuse === undefined || a[idx.reuse] === undefined || isNone(a[idx.reuse]!) ? undefined : a[idx.reuse] === bridge.autoReuse ? tf.AUTO_REUSE : host.truthy(a[idx.reuse]!),
  });

  // Arguments arrive positionally from layers.py in a fixed order (see py/tensorflow/layers.py).
  fn("layer_dense", (a) => host.opaque(new Dense(Number(a[0]), {
    activation: activation(a[1]), useBias: host.truthy(a[2]!), kernelInitializer: init(a[3]), biasInitializer: init(a[4]),
    ...common(a, { trainable: 5, name: 6, dtype: 7 }),
  })));
  fn("layer_conv2d", (a) => host.opaque(new Conv2D(Number(a[0]), pairArg(a[1]) as [number, number], {
    strides: pairArg(a[2]), padding: k.str(a[3]) ?? "valid", dataFormat: k.str(a[4]) ?? "channels_last",
    dilationRate: pairArg(a[5]), activation: activation(a[6]), useBias: host.truthy(a[7]!),
    kernelInitializer: init(a[8]), biasInitializer: init(a[9]), ...common(a, { trainable: 10, name: 11, dtype: 12 }),
  })));
  fn("layers_dense", (a) => {
    const o = { activation: activation(a[2]), useBias: host.truthy(a[3]!), kernelInitializer: init(a[4]), biasInitializer: init(a[5]),
      ...common(a, { trainable: 6, name: 7, reuse: 8 }) };
    return new Dense(Number(a[1]), { ...o, scope: o.name }).apply(bridge.describe(a[0]!));
  });
  fn("layers_conv2d", (a) => {
    const o = { strides: pairArg(a[3]), padding: k.str(a[4]) ?? "valid", dataFormat: k.str(a[5]) ?? "channels_last",
      dilationRate: pairArg(a[6]), activation: activation(a[7]), useBias: host.truthy(a[8]!),
      kernelInitializer: init(a[9]), biasInitializer: init(a[10]), ...common(a, { trainable: 11, name: 12, reuse: 13 }) };
    return new Conv2D(Number(a[1]), pairArg(a[2]) as [number, number], { ...o, scope: o.name }).apply(bridge.describe(a[0]!));
  });
  fn("layer_apply", (a) => host.unwrap<Layer>(a[0]!).apply(bridge.describe(a[1]!)));
  fn("layer_attr", (a) => {
    const l = host.unwrap<Layer & Record<string, unknown>>(a[0]!);
    const what = host.str(a[1]!);
    const table: Record<string, () => unknown> = {
      name: () => l.name,
      trainable: () => l.trainable,
      built: () => l.built,
      weights: () => l.weights,
      variables: () => l.weights,
      trainable_weights: () => l.trainableWeights.slice(),
      trainable_variables: () => l.trainableWeights.slice(),
      non_trainable_weights: () => l.nonTrainableWeights.slice(),
      kernel: () => l.kernel ?? null,
      bias: () => l.bias ?? null,
      units: () => l.units,
      filters: () => l.filters,
      dtype: () => (l.dtype === null ? null : l.dtype.name),
      scope_name: () => l.scopeName,
    };
    const g = table[what];
    if (g === undefined) return host.raise("AttributeError", `'${host.str(a[2]!)}' object has no attribute '${what}'`);
    return g();
  });

  fn("make_template", (a) => {
    const name = isNone(a[0]!) ? null : isStr(a[0]!) ? a[0] : host.str(a[0]!);
    return host.opaque(makeTemplate(name, {
      createScopeNow: host.truthy(a[1]!),
      uniqueName: k.str(a[2]),
      customGetter: a[3] === undefined || isNone(a[3]!) ? null : ad.customGetter(a[3]),
    }));
  });
  fn("template_call", (a) => {
    const t = host.unwrap<Template>(a[0]!);
    // The template's function returns any Python value; it goes back to the caller untouched.
    let result: PyValue = host.getAttr(host.importModule("builtins"), "None");
    t.call(() => {
      result = host.call(a[1]!, []);
      return null;
    });
    return result;
  });
  fn("template_attr", (a) => {
    const t = host.unwrap<Template>(a[0]!);
    switch (host.str(a[1]!)) {
      case "name": return t.name;
      case "variable_scope": return t.variableScope;
      case "variable_scope_name": return t.variableScopeName ?? null;
      case "variables": return t.variables;
      case "global_variables": return t.globalVariables;
      case "local_variables": return t.localVariables;
      case "trainable_variables": return t.trainableVariables;
      case "non_trainable_variables": return t.globalVariables.filter((v) => !t.trainableVariables.includes(v));
    }
    return host.raise("AttributeError", `'Template' object has no attribute '${host.str(a[1]!)}'`);
  });
}

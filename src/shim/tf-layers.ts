/**
 * `tf.layers` (legacy layers) and `tf.make_template`: the engine's Layer and Template objects behind
 * Python classes; Python callables (activations, template functions) run inside the engine's scopes.
 */
import { type ModuleBuilder, type PyValue, asList, isNone, isStr } from "../python/index.js";
import * as tf from "../tf/index.js";
import { Conv, ConvTranspose, Dense, Dropout, Flatten, type Layer, Pooling2D, PyLayer, type PyLayerMethods, type Regularizer, SeparableConv, flattenShape } from "../tf/layers/index.js";
import { constantValue } from "../tf/ops/constant-value.js";
import { makeTemplate, type Template } from "../tf/template.js";
import type { Adapters } from "./adapters.js";
import type { NativeKit } from "./native.js";

export function installLayerFunctions(k: NativeKit, m: ModuleBuilder, ad: Adapters): void {
  const { host, bridge } = k;
  const fn = (name: string, impl: (a: PyValue[], kw: Map<string, PyValue>) => unknown) =>
    m.fn(name, k.guard((a, kw) => bridge.toPy(impl(a, kw))));
  const activation = (v: PyValue | undefined) =>
    v === undefined || isNone(v) ? null : (x: tf.Tensor) => bridge.engineOf(host.call(v, [bridge.toPy(x)])) as tf.Tensor;
  const init = (v: PyValue | undefined): tf.InitializerFn | null | undefined => {
    if (v === undefined) return undefined;
    if (isNone(v)) return null;
    const e = ad.engineInitializer(v);
    if (e !== null) return e;
    // A Python callable (contrib's xavier_initializer returns a function; keras initializers.get keeps a
    // callable as it is): called as get_variable calls initializers.
    if (ad.isCallable(v)) return ad.initializer(v) as tf.InitializerFn;
    throw new tf.Unsupported("a layer initializer that is neither a tf initializer object nor callable");
  };
  const common = (a: PyValue[], idx: { trainable: number; name: number; reuse?: number; dtype?: number }) => ({
    trainable: a[idx.trainable] === undefined ? true : host.truthy(a[idx.trainable]!),
    name: nameOrScope(a[idx.name]),
    dtype: idx.dtype === undefined ? null : bridge.dtypeArg(a[idx.dtype]),
    reuse: idx.reuse === undefined || a[idx.reuse] === undefined || isNone(a[idx.reuse]!) ? undefined : a[idx.reuse] === bridge.autoReuse ? tf.AUTO_REUSE : host.truthy(a[idx.reuse]!),
  });

  const regularizer = (v: PyValue | undefined): Regularizer | null =>
    v === undefined || isNone(v) ? null : (w) => {
      const r = host.call(v, [bridge.toPy(w)]);
      return isNone(r) ? null : (bridge.engineOf(r) as tf.Tensor);
    };
  // A layer name or `_scope` may be a VariableScope object (base.py _init_set_name).
  const nameOrScope = (v: PyValue | undefined) => {
    const e = v === undefined ? null : bridge.engineOf(v);
    return e instanceof tf.VariableScope ? e : k.name(v);
  };
  const constraint = (v: PyValue | undefined) => (v === undefined || isNone(v) ? null : ad.constraint(v));
  const ints = (v: PyValue | undefined) => asList(v!).map(Number);
  const functional = (a: PyValue[], at: number) => ({
    scope: nameOrScope(a[at]),
    reuse: a[at + 1] === undefined || isNone(a[at + 1]!) ? undefined : a[at + 1] === bridge.autoReuse ? tf.AUTO_REUSE : host.truthy(a[at + 1]!),
  });

  // Arguments arrive positionally from _tflayers.py in a fixed order.
  fn("layer_dense", (a) => host.opaque(new Dense(Number(a[0]), {
    activation: activation(a[1]), useBias: host.truthy(a[2]!), kernelInitializer: init(a[3]), biasInitializer: init(a[4]),
    kernelRegularizer: regularizer(a[5]), biasRegularizer: regularizer(a[6]), kernelConstraint: constraint(a[7]), biasConstraint: constraint(a[8]),
    ...common(a, { trainable: 9, name: 10, dtype: 11 }), ...functional(a, 12),
  })));
  const convOptions = (a: PyValue[]) => ({
    strides: ints(a[3]), padding: host.str(a[4]!) as "valid" | "same", dataFormat: host.str(a[5]!) as "channels_last" | "channels_first",
    dilationRate: ints(a[6]), activation: activation(a[7]), useBias: host.truthy(a[8]!),
    kernelInitializer: init(a[9]), biasInitializer: init(a[10]), kernelRegularizer: regularizer(a[11]), biasRegularizer: regularizer(a[12]),
    kernelConstraint: constraint(a[13]), biasConstraint: constraint(a[14]),
    ...common(a, { trainable: 15, name: 16, dtype: 17 }), ...functional(a, 18),
  });
  fn("layer_conv", (a) => host.opaque(new Conv(Number(a[0]) as 1 | 2 | 3, Number(a[1]), ints(a[2]), convOptions(a))));
  fn("layer_conv_transpose", (a) => host.opaque(new ConvTranspose(Number(a[0]) as 2 | 3, Number(a[1]), ints(a[2]), convOptions(a))));
  fn("layer_separable_conv", (a) => host.opaque(new SeparableConv(Number(a[0]) as 1 | 2, Number(a[1]), ints(a[2]), {
    strides: ints(a[3]), padding: host.str(a[4]!) as "valid" | "same", dataFormat: host.str(a[5]!) as "channels_last" | "channels_first",
    dilationRate: ints(a[6]), depthMultiplier: Number(a[7]), activation: activation(a[8]), useBias: host.truthy(a[9]!),
    depthwiseInitializer: init(a[10]), pointwiseInitializer: init(a[11]), biasInitializer: init(a[12]),
    depthwiseRegularizer: regularizer(a[13]), pointwiseRegularizer: regularizer(a[14]), biasRegularizer: regularizer(a[15]),
    depthwiseConstraint: constraint(a[16]), pointwiseConstraint: constraint(a[17]), biasConstraint: constraint(a[18]),
    ...common(a, { trainable: 19, name: 20, dtype: 21 }), ...functional(a, 22),
  })));
  fn("layer_flatten", (a) => host.opaque(new Flatten(host.str(a[0]!) as "channels_last" | "channels_first", {
    ...common(a, { trainable: 1, name: 2, dtype: 3 }), ...functional(a, 4),
  })));
  fn("layer_pooling2d", (a) => host.opaque(new Pooling2D(host.str(a[0]!) as "max" | "average", ints(a[1]), ints(a[2]), {
    padding: host.str(a[3]!) as "valid" | "same", dataFormat: host.str(a[4]!) as "channels_last" | "channels_first",
    ...common(a, { trainable: 5, name: 6, dtype: 7 }), ...functional(a, 8),
  })));
  fn("layer_dropout", (a) => host.opaque(new Dropout({
    rate: bridge.describe(a[5]!), noiseShape: isNone(a[6]!) ? null : bridge.describe(a[6]!), seed: isNone(a[7]!) ? null : k.intArg("tf.layers.Dropout", "seed", a[7]!),
    ...common(a, { trainable: 0, name: 1, dtype: 2 }), ...functional(a, 3),
  })));
  fn("layer_activity_regularizer", (a) => {
    host.unwrap<Layer>(a[0]!).activityRegularizer = regularizer(a[1]);
    return null;
  });
  // A Python subclass of tf.layers.Layer: its own build and call run inside the engine's scopes.
  const pyMethods = (self: PyValue): PyLayerMethods => ({
    checkInput: (x) => void host.call(host.getAttr(self, "_assert_input_compatibility"), [bridge.toPy(x)]),
    build: (shape) => void host.call(host.getAttr(self, "build"), [bridge.toPy(shape)]),
    call: (x) => {
      const out = bridge.engineOf(host.call(host.getAttr(self, "call"), [bridge.toPy(x)]));
      if (!(out instanceof tf.Tensor)) throw new tf.Unsupported("a tf.layers.Layer whose call returns something other than a Tensor");
      return out;
    },
  });
  fn("layer_generic", (a) => host.opaque(new PyLayer(host.str(a[1]!), { ...common(a, { trainable: 2, name: 3, dtype: 4 }), ...functional(a, 5) }, pyMethods(a[0]!))));
  // base.py __deepcopy__: the engine layer of `a[0]`, copied for the new Python object `a[1]`.
  fn("layer_deepcopy", (a) => {
    const l = host.unwrap<Layer>(a[0]!);
    return host.opaque(l instanceof PyLayer ? l.deepCopyWith(pyMethods(a[1]!)) : l.deepCopy());
  });
  fn("layer_add_weight", (a) => {
    const shape = tf.asShape(bridge.shapeArg(a[2]) ?? null);
    if (!shape.isFullyDefined()) throw new tf.Unsupported("tf.layers.Layer.add_weight with a shape that is not fully defined");
    return host.unwrap<PyLayer>(a[0]!).addVariable(host.str(a[1]!), shape.dims!.map((x) => x.value!), init(a[4]) ?? null, {
      dtype: bridge.dtypeArg(a[3]), regularizer: regularizer(a[5]), trainable: isNone(a[6]!) ? undefined : host.truthy(a[6]!), constraint: constraint(a[7]),
    });
  });
  fn("layer_build", (a) => {
    host.unwrap<Layer>(a[0]!).buildDirectly(tf.asShape(bridge.shapeArg(a[1]) ?? null));
    return null;
  });
  fn("layer_add_loss", (a) => {
    const loss = bridge.engineOf(a[1]!);
    if (!(loss instanceof tf.Tensor || loss instanceof tf.Variable)) throw new tf.Unsupported("tf.layers.Layer.add_loss of a value that is not a tensor or variable");
    host.unwrap<Layer>(a[0]!).addLoss(loss, !host.truthy(a[2]!));
    return null;
  });
  fn("layer_unconditional_losses", (a) => {
    const l = host.unwrap<Layer>(a[0]!);
    return l.losses.map((x) => l.unconditionalLosses.has(x));
  });
  fn("layer_count_params", (a) => host.unwrap<Layer>(a[0]!).countParams());
  fn("flatten_shape", (a) => flattenShape(bridge.engineOf(a[0]!) as tf.TensorShape));
  // `training` arrives from smart_cond's Python checks in _tflayers: True, False, a tensor or absent.
  // smart_constant_value folds a constant tensor; any other tensor goes to control_flow_ops.cond.
  const training = (v: PyValue | undefined): boolean | tf.Tensor | undefined => {
    if (v === undefined) return undefined;
    const t = bridge.engineOf(v);
    if (!(t instanceof tf.Tensor)) return host.truthy(v);
    const value = constantValue(t);
    return value === null ? t : Boolean(value.data[0]);
  };
  // smart_cond.py smart_constant_value of a tensor: tensor_util.constant_value's bool, or None.
  fn("smart_constant_value", (a) => {
    const t = bridge.engineOf(a[0]!);
    if (!(t instanceof tf.Tensor)) throw new tf.Unsupported("smart_constant_value of a value that is not a Tensor");
    const value = constantValue(t);
    if (value === null) return null;
    if (value.size !== 1) throw new tf.Unsupported("a smart_cond predicate that is not a scalar");
    return Boolean(value.data[0]);
  });
  fn("layer_apply", (a) => host.unwrap<Layer>(a[0]!).apply(bridge.describe(a[1]!), training(a[2])));
  // A Python layer called on a list, tuple or dict (_tflayers.py flattens it): a[1] is the first input or None.
  fn("layer_apply_nested", (a) => host.unwrap<Layer>(a[0]!).applyNested(
    isNone(a[1]!) ? null : (bridge.engineOf(a[1]!) as tf.Tensor),
    () => void host.call(a[2]!, []),
    () => host.call(a[3]!, []),
    (r) => asList(host.call(a[4]!, [r])).map((x) => {
      const t = bridge.engineOf(x);
      if (!(t instanceof tf.Tensor)) throw new tf.Unsupported("an activity regularizer on a layer output that is not a Tensor");
      return t;
    }),
  ));
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
      non_trainable_variables: () => l.nonTrainableWeights.slice(),
      non_trainable_weights: () => l.nonTrainableWeights.slice(),
      kernel: () => ("kernel" in l ? l.kernel ?? null : undefined),
      depthwise_kernel: () => ("depthwiseKernel" in l ? l.depthwiseKernel ?? null : undefined),
      pointwise_kernel: () => ("pointwiseKernel" in l ? l.pointwiseKernel ?? null : undefined),
      bias: () => l.bias ?? null,
      units: () => l.units,
      filters: () => l.filters,
      dtype: () => (l.dtype === null ? null : l.dtype.name),
      scope_name: () => l.scopeName,
      losses: () => l.losses.slice(),
      _scope: () => l.variableScope,
    };
    const g = table[what];
    // A weight the layer class does not have (a separable layer's `kernel`) is an AttributeError too.
    const value = g === undefined ? undefined : g();
    if (value === undefined) return host.raise("AttributeError", `'${host.str(a[2]!)}' object has no attribute '${what}'`);
    return value;
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

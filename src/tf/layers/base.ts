/**
 * The legacy `tf.layers` base class (tensorflow/python/layers/base.py over keras/engine/base_layer.py)
 * in graph mode, with TF 1.15's naming (review O7):
 * - `layer.name` comes from a per-graph counter numbered from 1 (`dense_1`), keras/backend.py
 *   unique_object_name with zero_based=False;
 * - the variable scope comes from `variable_scope(None, default_name="dense")` on first call
 *   (counted from 0: `dense`, `dense_1`), or `variable_scope(name)` at construction when named;
 * - every call re-enters that scope object with auxiliary_name_scope=False and puts its ops under
 *   the scope's original name scope (`dense/MatMul`, then `dense/MatMul_1`).
 */
import { executingEagerly, getDefaultGraph, initScope } from "../context.js";
import * as d from "../dtypes.js";
import type { DType } from "../dtypes.js";
import { Unsupported, tfError } from "../errors.js";
import { type Graph, within as withCm } from "../graph.js";
import { nameScope } from "../name-scope.js";
import { PartitionedVariable } from "../partitioned.js";
import { VariableScope } from "../scope-store.js";
import { TensorShape } from "../shape.js";
import { Tensor } from "../tensor.js";
import { type VariableScopeContext, variableScope } from "../variable-scope.js";
import { getVariable } from "../variable-store.js";
import { RefVariable, type Variable } from "../variables.js";
import { GLOBAL_VARIABLES, REGULARIZATION_LOSSES } from "../graph-keys.js";
import { type OpInput, convertToTensor, pyValueOf, sourceOf } from "../ops/convert.js";
import { glorotUniformInitializer, zerosInitializer } from "../ops/init.js";
import type { InitializerFn } from "../services.js";
import { OM } from "../ops/op-messages.js";
import { shape } from "../ops/array.js";
import { cast, tensorOperator } from "../ops/math.js";
import { pyInt } from "../ops/pyvalue.js";
import { sliceTensor } from "../ops/slicing.js";

export { withCm };

/** An activation: any function of one tensor (e.g. `relu`). */
export type Activation = (x: Tensor) => Tensor;
/** A weight regularizer (the variable in) or an activity regularizer (an output in): a loss tensor
 *  (or null) out. */
export type Regularizer = (x: Variable | Tensor) => Tensor | null;

/** What `add_weight` takes besides the name, shape and initializer. */
export interface WeightOptions {
  regularizer?: Regularizer | null;
  /** Passed to get_variable as `constraint` (the shim's callable). */
  constraint?: unknown;
  /** The weight's dtype; by default the layer's, else float32. */
  dtype?: DType | null;
  /** Whether the weight is trainable (and the layer is); by default the layer's trainable. */
  trainable?: boolean;
}

// keras/backend.py PER_GRAPH_OBJECT_NAME_UIDS: layer-name counters per graph.
const nameUids = new WeakMap<Graph, Map<string, number>>();

/** keras/backend.py `unique_object_name(name, zero_based=False)` in the default graph. */
function uniqueLayerName(base: string): string {
  const g = getDefaultGraph();
  let m = nameUids.get(g);
  if (m === undefined) nameUids.set(g, (m = new Map()));
  const n = (m.get(base) ?? 0) + 1;
  m.set(base, n);
  return `${base}_${n}`;
}

/** keras base_layer.py `to_snake_case`. */
export function toSnakeCase(name: string): string {
  const intermediate = name.replace(/(.)([A-Z][a-z0-9]+)/g, "$1_$2");
  const insecure = intermediate.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
  return insecure[0] !== "_" ? insecure : `private${insecure}`;
}

export function pyShapeList(s: TensorShape): string {
  return s.dims === null ? "None" : `[${s.dims.map((x) => (x.value === null ? "None" : String(x.value))).join(", ")}]`;
}

/** keras InputSpec: the checks of input_spec.py `assert_input_compatibility`. */
export interface InputSpec {
  ndim?: number;
  minNdim?: number;
  axes?: ReadonlyMap<number, number>;
}

export interface LayerOptions {
  trainable?: boolean;
  name?: string | VariableScope | null;
  dtype?: DType | null;
  /** The functional form's `_scope` (its `name`). */
  scope?: string | VariableScope | null;
  /** The functional form's `_reuse`. */
  reuse?: unknown;
}

/** The arguments of layers with a kernel and a bias (Dense, the convolutions). */
export interface KernelBiasOptions extends LayerOptions {
  activation?: Activation | null;
  useBias?: boolean;
  kernelInitializer?: InitializerFn | null;
  biasInitializer?: InitializerFn | null;
  kernelRegularizer?: Regularizer | null;
  biasRegularizer?: Regularizer | null;
  kernelConstraint?: unknown;
  biasConstraint?: unknown;
}

/** base.py `Layer` in graph mode, for layers with one tensor input. */
/** keras's `training` after smart_cond's checks: a Python bool, or a tensor only known when run. */
export type Training = boolean | Tensor;

export abstract class Layer {
  /** `layer.name`: `dense_1`, … or the given name. */
  readonly name: string;
  readonly trainable: boolean;
  built = false;
  readonly trainableWeights: Variable[] = [];
  readonly nonTrainableWeights: Variable[] = [];
  /** `layer.losses`: its weights' regularization losses, activity losses and `add_loss`'s. */
  readonly losses: (Tensor | Variable)[] = [];
  /** The losses keras tags `_unconditional_loss` (added with no inputs: the weights' regularizers). */
  readonly unconditionalLosses = new Set<Tensor | Variable>();
  /** keras `activity_regularizer`: a loss of each output, divided by the batch size. */
  activityRegularizer: Regularizer | null = null;
  protected inputSpec: InputSpec | null = null;
  private readonly baseName: string;
  private readonly reuse: unknown;
  private dtypeValue: DType | null;
  private scope: VariableScope | null = null;
  private currentScope: VariableScope | null = null;
  private alwaysReuse: VariableScopeContext | null = null;

  protected constructor(className: string, o: LayerOptions) {
    this.trainable = o.trainable ?? true;
    this.reuse = o.reuse ?? null;
    this.dtypeValue = o.dtype ?? null;
    const name = o.name ?? null;
    if (name instanceof VariableScope) {
      // base.py `_init_set_name`: a VariableScope as the name gives a generated layer name.
      this.baseName = name.name;
      this.name = uniqueLayerName(toSnakeCase(className));
    } else if (name) {
      this.name = name;
      this.baseName = name;
    } else {
      this.baseName = toSnakeCase(className);
      this.name = uniqueLayerName(this.baseName);
    }
    // base.py __init__: a named functional layer enters its variable scope right away.
    if (o.scope) this.scope = withCm(variableScope(o.scope), (s) => s);
  }

  /** The layer's dtype: given, or inferred from the first input (policy "infer"). */
  get dtype(): DType | null {
    return this.dtypeValue;
  }

  /** `layer.scope_name`; ValueError before the first call. */
  get scopeName(): string {
    if (this.scope === null) {
      throw tfError(OM.noScopeName, this.name);
    }
    return this.scope.name;
  }

  /** `layer.weights`: trainable then non-trainable. */
  get weights(): Variable[] {
    return [...this.trainableWeights, ...this.nonTrainableWeights];
  }

  protected abstract build(inputShape: TensorShape): void;
  /** keras `call(inputs, training)`; `training` is what the caller passed (only Dropout reads it). */
  protected abstract call(inputs: Tensor, training?: Training): Tensor;

  /** `layer._scope`: the layer's variable scope, null until the first call or weight. */
  get variableScope(): VariableScope | null {
    return this.scope;
  }

  private setScope(): void {
    if (this.scope !== null) return;
    this.scope = this.reuse
      ? withCm(variableScope(this.baseName), (s) => s)
      : withCm(variableScope(null, { defaultName: this.baseName }), (s) => s);
  }

  /** `layer.build(input_shape)` called directly (keras build outside __call__): the weights are made
   *  under the layer's scope (add_weight sets it), and the layer is built. */
  buildDirectly(inputShape: TensorShape): void {
    this.setScope();
    this.build(inputShape);
    this.built = true;
  }

  /** base.py `__deepcopy__`: the same name, dtype and built state, a shallow copy of the variable scope
   *  (its `shallow_copy` set) and lists of its own. A weight or loss would be deep-copied through its
   *  graph, which tfscope does not model, so a layer holding one is refused. */
  deepCopy(): this {
    if (this.weights.length > 0 || this.losses.length > 0) throw new Unsupported("copy.deepcopy of a tf.layers.Layer with weights or losses");
    const scope = this.scope === null ? null : Object.assign(Object.create(Object.getPrototypeOf(this.scope) as object) as VariableScope, this.scope);
    return Object.assign(Object.create(Object.getPrototypeOf(this) as object) as this, this, {
      trainableWeights: [], nonTrainableWeights: [], losses: [], unconditionalLosses: new Set(), scope, alwaysReuse: null,
    });
  }

  /** keras `count_params` once built: the number of weight elements. */
  countParams(): number {
    return this.weights.reduce((n, w) => n + w.getShape().dims!.reduce((p, x) => p * x.value!, 1), 0);
  }

  /** `layer(inputs)` / `layer.apply(inputs)`, `training` already decided by smart_cond. */
  apply(inputs: OpInput, training?: Training): Tensor {
    // Eager legacy layers name and track their variables through Keras's eager paths (TF 2.x).
    if (executingEagerly()) throw new Unsupported("tf.layers in eager mode");
    return this.inScope(() => this.kerasCall(inputs, training));
  }

  /** keras `__call__` on a nested structure (a Python layer called on a list or dict): `first` is the
   *  first flattened input, whose dtype an unset layer dtype takes (`_maybe_build`); `outputs` flattens
   *  what `call` returned for the activity regularizer. */
  applyNested<R>(first: Tensor | null, build: () => void, call: () => R, outputs: (r: R) => Tensor[]): R {
    if (executingEagerly()) throw new Unsupported("tf.layers in eager mode");
    return this.inScope(() => this.runCall(first, build, call, outputs));
  }

  /** base.py `__call__`'s variable scope around keras's. */
  private inScope<R>(body: () => R): R {
    this.setScope();
    let cm: VariableScopeContext;
    if (this.built) cm = this.alwaysReuse ??= variableScope(this.scope, { reuse: true, auxiliaryNameScope: false });
    else cm = variableScope(this.scope, { reuse: this.reuse, auxiliaryNameScope: false });
    const out = withCm(cm, (scope) => {
      this.currentScope = scope;
      return body();
    });
    // base.py: `_add_elements_to_collection(self.updates, UPDATE_OPS)` creates the collection.
    getDefaultGraph().getCollectionRef("update_ops");
    return out;
  }

  /** keras base_layer.py `__call__` in graph mode. */
  private kerasCall(inputs: OpInput, training?: Training): Tensor {
    const py = pyValueOf(inputs);
    let x: Tensor;
    if (py !== null) {
      if (py.kind !== "int" && py.kind !== "float" && py.kind !== "ndarray") throw new Unsupported(`a layer called on a Python ${py.kind}`);
      x = convertToTensor(py);
    } else {
      const src = sourceOf(inputs);
      // keras converts only numpy values and Python numbers; a reference variable reaches the layer's
      // ops, which read it through its snapshot. A resource variable's read would be a new op.
      if (src instanceof RefVariable) x = src.value();
      else if (!(src instanceof Tensor)) throw new Unsupported("a layer called on a resource variable");
      else x = src;
    }
    this.checkInput(x);
    return this.runCall(x, () => this.build(x.shape), () => this.call(x, training), (out) => [out]);
  }

  private runCall<R>(first: Tensor | null, build: () => void, call: () => R, outputs: (r: R) => Tensor[]): R {
    return withCm(nameScope(this.currentScope!.originalNameScope), () => {
      if (!this.built) {
        if (first !== null) this.dtypeValue ??= first.dtype.baseDtype;
        build();
        this.built = true;
      }
      const out = call();
      if (this.activityRegularizer !== null) this.handleActivityRegularization(outputs(out));
      return out;
    });
  }

  /** base_layer.py `_handle_activity_regularization`: one `ActivityRegularizer` scope for all outputs,
   *  then base.py add_loss: each loss joins `layer.losses` and REGULARIZATION_LOSSES. */
  private handleActivityRegularization(outputs: Tensor[]): void {
    const reg = this.activityRegularizer!;
    withCm(nameScope("ActivityRegularizer"), () => {
      for (const output of outputs) {
        const loss = reg(output);
        if (loss === null) throw new Unsupported("an activity regularizer that returns None");
        const batch = cast(sliceTensor(shape(output), [{ kind: "index", value: pyInt(0) }]), loss.dtype);
        const mean = tensorOperator("truediv", loss, batch);
        this.addLoss(mean, false);
      }
    });
  }

  /** base.py `add_loss`: keras keeps the loss (tagged unconditional when added without inputs) and the
   *  legacy layer adds it to REGULARIZATION_LOSSES. */
  addLoss(loss: Tensor | Variable, unconditional: boolean): void {
    this.losses.push(loss);
    if (unconditional) this.unconditionalLosses.add(loss);
    getDefaultGraph().addToCollection(REGULARIZATION_LOSSES, loss);
  }

  /** input_spec.py `assert_input_compatibility` against the layer's InputSpec. */
  protected checkInput(x: Tensor): void {
    const spec = this.inputSpec;
    if (spec === null) return;
    const ndim = x.shape.rank;
    if ((spec.ndim !== undefined || spec.minNdim !== undefined) && ndim === null) {
      throw tfError(OM.rankUndefined, this.name);
    }
    if (spec.ndim !== undefined && ndim !== spec.ndim) {
      throw tfError(OM.expectedNdim, this.name, spec.ndim, ndim, pyShapeList(x.shape));
    }
    if (spec.minNdim !== undefined && ndim !== null && ndim < spec.minNdim) {
      throw tfError(OM.expectedMinNdim, this.name, spec.minNdim, ndim, pyShapeList(x.shape));
    }
    if (spec.axes !== undefined && x.shape.dims !== null) {
      const dims = x.shape.dims;
      for (const [axis, value] of spec.axes) {
        const got = dims[axis < 0 ? dims.length + axis : axis]!.value;
        if (got !== null && got !== value) {
          throw tfError(OM.expectedAxis, this.name, axis, value, pyShapeList(x.shape));
        }
      }
    }
  }

  /** base.py `add_weight` → keras `add_weight` → `vs.get_variable` under the layer's scope; a
   *  regularizer runs under `<name>/Regularizer` for a new variable only (base.py
   *  `_should_add_regularizer`) and its loss joins REGULARIZATION_LOSSES (base.py `add_loss`). */
  protected addWeight(name: string, shape: readonly number[], initializer: InitializerFn | null, o: WeightOptions = {}): Variable {
    // base.py add_weight: `self._set_scope(None)` first, so a weight may come before any call.
    this.setScope();
    const dtype = o.dtype ?? this.dtypeValue ?? d.float32;
    const trainable = (o.trainable ?? true) && this.trainable;
    const reuse = this.built || this.reuse;
    return withCm(variableScope(this.scope, { reuse, auxiliaryNameScope: false }), (scope) => {
      this.currentScope = scope;
      return withCm(nameScope(scope.originalNameScope), () => {
        let init: unknown = initializer ?? scope.initializer;
        if (init === null || init === undefined) {
          if (dtype.isFloating) init = glorotUniformInitializer();
          else if (dtype.isInteger || dtype.isBool) init = zerosInitializer();
          else throw tfError(OM.initializerForLayer, name, dtype.baseDtype, this.name);
        }
        // base.py add_weight: the variables that exist already are read in the graph variables are
        // lifted into (init_scope's) when this one builds a function.
        const g = getDefaultGraph().buildingFunction ? withCm(initScope(), () => getDefaultGraph()) : getDefaultGraph();
        const existing = new Set(g.getCollection(GLOBAL_VARIABLES));
        const args: Parameters<typeof getVariable>[1] = { shape: [...shape], dtype, initializer: init, trainable };
        if (o.constraint !== undefined && o.constraint !== null) args.constraint = o.constraint as never;
        const v = getVariable(name, args) as Variable;
        if (trainable) this.trainableWeights.push(v);
        else this.nonTrainableWeights.push(v);
        const reg = o.regularizer;
        // layers/base.py add_weight: `_should_add_regularizer` (no shard existed before) and keras's
        // `_handle_weight_regularization`: a partitioned variable gets one loss per shard.
        const shards = v instanceof PartitionedVariable ? (v.variables as Variable[]) : [v];
        if (reg && !shards.some((x) => existing.has(x))) {
          for (const x of shards) {
            const loss = withCm(nameScope(`${name}/Regularizer`), () => reg(x));
            if (loss !== null) this.addLoss(loss, true);
          }
        }
        return v;
      });
    });
  }
}

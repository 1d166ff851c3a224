/**
 * Legacy `tf.layers` (tensorflow/python/layers/base.py, core.py, convolutional.py over the Keras
 * layers of keras/engine/base_layer.py): `Dense`/`Conv2D` objects and the `dense`/`conv2d`
 * functions, with TF 1.15's naming (review O7):
 * - `layer.name` comes from a per-graph counter numbered from 1 (`dense_1`), keras/backend.py
 *   unique_object_name with zero_based=False;
 * - the variable scope comes from `variable_scope(None, default_name="dense")` on first call
 *   (counted from 0: `dense`, `dense_1`), or `variable_scope(name)` at construction when named;
 * - every call re-enters that scope object with auxiliary_name_scope=False and puts its ops under
 *   the scope's original name scope (`dense/MatMul`, then `dense/MatMul_1`).
 */
import { executingEagerly, getDefaultGraph } from "./context.js";
import * as d from "./dtypes.js";
import type { DType } from "./dtypes.js";
import { Unsupported, tfError } from "./errors.js";
import { type Graph, within as withCm } from "./graph.js";
import { nameScope } from "./name-scope.js";
import type { VariableScope } from "./scope-store.js";
import { TensorShape } from "./shape.js";
import { Tensor } from "./tensor.js";
import { type VariableScopeContext, variableScope } from "./variable-scope.js";
import { getVariable } from "./variable-store.js";
import type { Variable } from "./variables.js";
import { NDArray } from "../numpy/ndarray.js";
import { type OpInput, constant, convertToTensor, pyValueOf, sourceOf } from "./ops/convert.js";
import { type Initializer, glorotUniformInitializer, zerosInitializer } from "./ops/init.js";
import { MATH_OPS, cast } from "./ops/math.js";
import { biasAdd, conv2d as conv2dOp } from "./ops/nn.js";
import { applyOp1 } from "./ops/op-library.js";
import { OM } from "./ops/op-messages.js";

/** An activation: any function of one tensor (e.g. `relu`). */
export type Activation = (x: Tensor) => Tensor;

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

function pyShapeList(s: TensorShape): string {
  return s.dims === null ? "None" : `[${s.dims.map((x) => (x.value === null ? "None" : String(x.value))).join(", ")}]`;
}

/** keras InputSpec: the checks of input_spec.py `assert_input_compatibility`. */
interface InputSpec {
  ndim?: number;
  minNdim?: number;
  axes?: ReadonlyMap<number, number>;
}

export interface LayerOptions {
  trainable?: boolean;
  name?: string | null;
  dtype?: DType | null;
  /** The functional form's `_scope` (its `name`). */
  scope?: string | null;
  /** The functional form's `_reuse`. */
  reuse?: unknown;
}

/** base.py `Layer` in graph mode, for layers with one tensor input. */
export abstract class Layer {
  /** `layer.name`: `dense_1`, … or the given name. */
  readonly name: string;
  readonly trainable: boolean;
  built = false;
  readonly trainableWeights: Variable[] = [];
  readonly nonTrainableWeights: Variable[] = [];
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
    if (name) {
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
  protected abstract call(inputs: Tensor): Tensor;

  private setScope(): void {
    if (this.scope !== null) return;
    this.scope = this.reuse
      ? withCm(variableScope(this.baseName), (s) => s)
      : withCm(variableScope(null, { defaultName: this.baseName }), (s) => s);
  }

  /** `layer(inputs)` / `layer.apply(inputs)`. */
  apply(inputs: OpInput): Tensor {
    // Eager legacy layers name and track their variables through Keras's eager paths (TF 2.x).
    if (executingEagerly()) throw new Unsupported("tf.layers in eager mode");
    this.setScope();
    let cm: VariableScopeContext;
    if (this.built) cm = this.alwaysReuse ??= variableScope(this.scope, { reuse: true, auxiliaryNameScope: false });
    else cm = variableScope(this.scope, { reuse: this.reuse, auxiliaryNameScope: false });
    const out = withCm(cm, (scope) => {
      this.currentScope = scope;
      return this.kerasCall(inputs);
    });
    // base.py: `_add_elements_to_collection(self.updates, UPDATE_OPS)` creates the collection.
    getDefaultGraph().getCollectionRef("update_ops");
    return out;
  }

  /** keras base_layer.py `__call__` in graph mode. */
  private kerasCall(inputs: OpInput): Tensor {
    const py = pyValueOf(inputs);
    let x: Tensor;
    if (py !== null) {
      if (py.kind !== "int" && py.kind !== "float" && py.kind !== "ndarray") throw new Unsupported(`a layer called on a Python ${py.kind}`);
      x = convertToTensor(py);
    } else {
      const src = sourceOf(inputs);
      if (!(src instanceof Tensor)) throw new Unsupported("a layer called on a variable");
      x = src;
    }
    this.checkInput(x);
    return withCm(nameScope(this.currentScope!.originalNameScope), () => {
      if (!this.built) {
        this.dtypeValue ??= x.dtype.baseDtype;
        this.build(x.shape);
        this.built = true;
      }
      return this.call(x);
    });
  }

  private checkInput(x: Tensor): void {
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

  /** base.py `add_weight` → keras `add_weight` → `vs.get_variable` under the layer's scope. */
  protected addWeight(name: string, shape: readonly number[], initializer: Initializer | null): Variable {
    const dtype = this.dtypeValue ?? d.float32;
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
        const v = getVariable(name, { shape: [...shape], dtype, initializer: init, trainable: this.trainable }) as Variable;
        if (this.trainable) this.trainableWeights.push(v);
        else this.nonTrainableWeights.push(v);
        return v;
      });
    });
  }
}

export interface DenseOptions extends LayerOptions {
  activation?: Activation | null;
  useBias?: boolean;
  kernelInitializer?: Initializer | null;
  biasInitializer?: Initializer | null;
}

/** `tf.layers.Dense(units, activation=None, use_bias=True, kernel_initializer=None,
 *  bias_initializer=zeros_initializer(), trainable=True, name=None)`. */
export class Dense extends Layer {
  readonly units: number;
  readonly activation: Activation | null;
  readonly useBias: boolean;
  kernel: Variable | null = null;
  bias: Variable | null = null;
  private readonly kernelInit: Initializer | null;
  private readonly biasInit: Initializer | null;

  constructor(units: number, o: DenseOptions = {}) {
    super("Dense", o);
    this.units = Math.trunc(units);
    this.activation = o.activation ?? null;
    this.useBias = o.useBias ?? true;
    this.kernelInit = o.kernelInitializer ?? null;
    this.biasInit = o.biasInitializer === undefined ? zerosInitializer() : o.biasInitializer;
    this.inputSpec = { minNdim: 2 };
  }

  protected build(inputShape: TensorShape): void {
    const dtype = this.dtype!;
    if (!(dtype.isFloating || dtype.isComplex)) {
      throw tfError(OM.denseDtype, dtype);
    }
    const last = inputShape.dims![inputShape.dims!.length - 1]!.value;
    if (last === null) throw tfError(OM.denseLastDim);
    this.inputSpec = { minNdim: 2, axes: new Map([[-1, last]]) };
    this.kernel = this.addWeight("kernel", [last, this.units], this.kernelInit);
    if (this.useBias) this.bias = this.addWeight("bias", [this.units], this.biasInit);
  }

  protected call(inputs: Tensor): Tensor {
    if ((inputs.shape.rank ?? 0) > 2) throw new Unsupported("tf.layers.Dense on inputs of rank > 2 (tensordot)");
    const x = cast(inputs, this.dtype!);
    let out = applyOp1(MATH_OPS.MatMul, null, { a: x, b: this.kernel! });
    if (this.useBias) out = biasAdd(out, this.bias!);
    return this.activation === null ? out : this.activation(out);
  }
}

export interface Conv2DOptions extends LayerOptions {
  strides?: number | readonly [number, number];
  padding?: string;
  dataFormat?: string;
  dilationRate?: number | readonly [number, number];
  activation?: Activation | null;
  useBias?: boolean;
  kernelInitializer?: Initializer | null;
  biasInitializer?: Initializer | null;
}

/** conv_utils.normalize_tuple for 2 spatial dims. */
function pair(v: number | readonly number[], what: string): [number, number] {
  if (typeof v === "number") return [v, v];
  if (v.length !== 2) throw new Unsupported(`a ${what} of length ${v.length}`);
  return [v[0]!, v[1]!];
}

/** `tf.layers.Conv2D(filters, kernel_size, strides=(1, 1), padding='valid', ...)` in channels_last. */
export class Conv2D extends Layer {
  readonly filters: number;
  readonly kernelSize: [number, number];
  readonly strides: [number, number];
  readonly padding: string;
  readonly activation: Activation | null;
  readonly useBias: boolean;
  kernel: Variable | null = null;
  bias: Variable | null = null;
  private readonly kernelInit: Initializer | null;
  private readonly biasInit: Initializer | null;

  constructor(filters: number, kernelSize: number | readonly [number, number], o: Conv2DOptions = {}) {
    super("Conv2D", o);
    this.filters = filters;
    this.kernelSize = pair(kernelSize, "kernel_size");
    this.strides = pair(o.strides ?? 1, "strides");
    this.padding = (o.padding ?? "valid").toLowerCase();
    if (this.padding !== "valid" && this.padding !== "same") throw new Unsupported(`Conv2D padding '${o.padding}'`);
    if ((o.dataFormat ?? "channels_last") !== "channels_last") throw new Unsupported("Conv2D with channels_first");
    if (pair(o.dilationRate ?? 1, "dilation_rate").some((x) => x !== 1)) throw new Unsupported("dilated Conv2D (space_to_batch)");
    this.activation = o.activation ?? null;
    this.useBias = o.useBias ?? true;
    this.kernelInit = o.kernelInitializer ?? null;
    this.biasInit = o.biasInitializer === undefined ? zerosInitializer() : o.biasInitializer;
    this.inputSpec = { ndim: 4 };
  }

  protected build(inputShape: TensorShape): void {
    const channels = inputShape.dims![3]!.value;
    if (channels === null) throw tfError(OM.convChannels);
    this.kernel = this.addWeight("kernel", [...this.kernelSize, channels, this.filters], this.kernelInit);
    if (this.useBias) this.bias = this.addWeight("bias", [this.filters], this.biasInit);
    this.inputSpec = { ndim: 4, axes: new Map([[-1, channels]]) };
    // nn_ops._WithSpaceToBatch converts the dilation rate while the layer builds.
    constant({ kind: "ndarray", array: new NDArray("int32", [2], [1, 1]) }, d.int32, null, "dilation_rate");
  }

  protected call(inputs: Tensor): Tensor {
    let out = conv2dOp(inputs, this.kernel!, { strides: [1, ...this.strides, 1], padding: this.padding.toUpperCase(), dataFormat: "NHWC" });
    if (this.useBias) out = biasAdd(out, this.bias!, "NHWC");
    return this.activation === null ? out : this.activation(out);
  }
}

/** `tf.layers.dense(inputs, units, ..., name=None, reuse=None)`: a Dense named and scoped by `name`. */
export function dense(inputs: OpInput, units: number, o: Omit<DenseOptions, "scope"> = {}): Tensor {
  return new Dense(units, { ...o, scope: o.name ?? null }).apply(inputs);
}

/** `tf.layers.conv2d(inputs, filters, kernel_size, ..., name=None, reuse=None)`. */
export function conv2d(inputs: OpInput, filters: number, kernelSize: number | readonly [number, number], o: Omit<Conv2DOptions, "scope"> = {}): Tensor {
  return new Conv2D(filters, kernelSize, { ...o, scope: o.name ?? null }).apply(inputs);
}

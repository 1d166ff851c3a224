/**
 * Python callables handed to the engine (initializers, custom getters, regularizers, partitioners,
 * constraints) become JS functions with the engine's signatures; each remembers its Python original so
 * that it crosses back unchanged (a custom getter sees the initializer the user passed).
 */
import { type PyHost, type PyValue, asList, isNone, pyNone } from "../python/index.js";
import { PyNativeFunction } from "../python/objects/base.js";
import { PyFunction } from "../python/objects/function.js";
import * as tf from "../tf/index.js";
import type { GetterArgs } from "../tf/index.js";
import type { Bridge } from "./bridge.js";

const ORIGINAL = Symbol("python original");
type Tagged = { [ORIGINAL]?: PyValue };

/** The Python object a JS adapter stands for, if it is one. */
export function originalOf(x: unknown): PyValue | undefined {
  return typeof x === "function" ? (x as Tagged)[ORIGINAL] : undefined;
}

function tag<T extends object>(fn: T, py: PyValue): T {
  (fn as Tagged)[ORIGINAL] = py;
  return fn;
}

/** Initializer objects made by the shim carry the engine initializer in `_init`. */
export class Adapters {
  constructor(
    private readonly host: PyHost,
    private readonly bridge: Bridge,
  ) {}

  private kw(entries: [string, PyValue][]): Map<string, PyValue> {
    return new Map(entries);
  }

  /** get_variable's `initializer`: an engine initializer, a Python callable, or a constant value. */
  initializer(v: PyValue | undefined): unknown {
    if (v === undefined || isNone(v)) return null;
    const engine = this.bridge.engineOf(v);
    if (engine instanceof tf.Tensor || engine instanceof tf.Variable) return engine;
    const init = this.engineInitializer(v);
    if (init !== null) return init;
    if (this.isCallable(v)) {
      const host = this.host;
      const bridge = this.bridge;
      const fn = ((shape?: readonly number[], dtype?: tf.DType, partitionInfo?: tf.PartitionInfo | null) => {
        if (shape === undefined && fn.isClass) {
          // vs.py _true_getter: `if tf_inspect.isclass(initializer): initializer = initializer()`; the
          // instance is then called as initializers are.
          const made = host.call(v, []);
          if (!this.isCallable(made)) return host.raise("TypeError", `'${bridge.typeName(made)}' object is not callable`);
          return this.initializer(made);
        }
        if (shape === undefined) return this.toEngineValue(host.call(v, []));
        const info = partitionInfo
          ? host.call(bridge.cls("PartitionInfo"), [bridge.toPy(partitionInfo.fullShape.slice()), bridge.toPy(partitionInfo.varOffset.slice())])
          : pyNone;
        const kwargs = this.kw([["dtype", bridge.toPy(dtype ?? null)], ["partition_info", info]]);
        return this.toEngineValue(host.call(v, [bridge.toPy(shape.slice())], kwargs));
      }) as tf.InitializerFn;
      fn.acceptsNoArgs = this.allPositionalDefaulted(v);
      fn.isClass = this.isClass(v);
      return tag(fn, v);
    }
    return this.bridge.describe(v);
  }

  /** The engine initializer behind a shim Initializer instance, or null. */
  engineInitializer(v: PyValue): tf.InitializerFn | null {
    if (typeof v !== "object") return null;
    try {
      const h = this.host.getAttr(v, "_init");
      return this.host.unwrap<tf.InitializerFn>(h);
    } catch {
      return null;
    }
  }

  /** What a Python initializer or getter returned, as the engine takes it. */
  toEngineValue(r: PyValue): unknown {
    const e = this.bridge.engineOf(r);
    if (e !== undefined) return e;
    return this.bridge.describe(r);
  }

  /** tf.Variable's `variable_def`: rebuilds the variable from the elements the VariableDef names
   *  (py/_tfvariables.py `_init_from_proto`), and crosses back to creators as the proto itself. */
  variableDef(v: PyValue | undefined): tf.VariableArgs["variableDef"] {
    if (v === undefined || isNone(v)) return null;
    const restore = this.host.getAttr(this.host.importModule("_tfvariables"), "_init_from_proto");
    return tag((resource: boolean, importScope: string | null) =>
      this.toEngineValue(this.host.call(restore, [this.bridge.toPy(resource), v, this.bridge.toPy(importScope)])), v);
  }

  regularizer(v: PyValue | undefined): tf.Regularizer | null {
    if (v === undefined || isNone(v)) return null;
    const original = v;
    return tag((variable: unknown) => {
      const r = this.host.call(original, [this.bridge.toPy(variable)]);
      return isNone(r) ? null : this.toEngineValue(r);
    }, v);
  }

  partitioner(v: PyValue | undefined): tf.Partitioner | null {
    if (v === undefined || isNone(v)) return null;
    const original = v;
    return tag((shape: tf.TensorShape, dtype: tf.DType) => {
      const r = this.host.call(original, [], this.kw([["shape", this.bridge.toPy(shape)], ["dtype", this.bridge.toPy(dtype)]]));
      return asList(r).map((x) => Number(x));
    }, v);
  }

  constraint(v: PyValue | undefined): unknown {
    if (v === undefined || isNone(v)) return null;
    // variables.py 1787: a constraint that is not callable is refused by the variable (ValueError).
    if (!this.isCallable(v)) return this.bridge.describe(v);
    const original = v;
    return tag((t: unknown) => this.toEngineValue(this.host.call(original, [this.bridge.toPy(t)])), v);
  }

  /** A Python custom getter `getter(getter, name, *args, **kwargs)`, called as TF calls it. */
  customGetter(v: PyValue | undefined): tf.CustomGetter | null {
    if (v === undefined || isNone(v)) return null;
    const original = v;
    const fn: tf.CustomGetter = (next, args) => {
      const getterPy = new PyNativeFunction("_true_getter", (pa, kw) => this.host.enter(() => this.bridge.toPy(next(this.getterArgs(pa, kw ?? new Map())))), false, "_true_getter");
      const kwargs = this.getterKwargs(args, fn.acceptsConstraint === true);
      kwargs.set("getter", getterPy);
      return this.toEngineValue(this.host.call(original, [], kwargs));
    };
    fn.acceptsConstraint = this.host.callableAcceptsKeyword(v, "constraint");
    return tag(fn, v);
  }

  /** The keyword arguments TF passes a custom getter (vs.py 526-553). */
  private getterKwargs(a: GetterArgs, withConstraint: boolean): Map<string, PyValue> {
    const b = this.bridge;
    const back = (x: unknown): PyValue => originalOf(x) ?? (x === undefined ? pyNone : b.toPy(this.describedBack(x)));
    const m = new Map<string, PyValue>([
      ["name", a.name],
      ["shape", back(a.shape)],
      ["dtype", back(a.dtype ?? null)],
      ["initializer", back(a.initializer ?? null)],
      ["regularizer", back(a.regularizer ?? null)],
      ["reuse", back(a.reuse ?? null)],
      ["trainable", back(a.trainable ?? null)],
      ["collections", back(a.collections ?? null)],
      ["caching_device", back(a.cachingDevice ?? null)],
      ["partitioner", back(a.partitioner ?? null)],
      ["validate_shape", back(a.validateShape ?? true)],
      ["use_resource", back(a.useResource ?? null)],
      ["synchronization", this.enumMember("VariableSynchronization", a.synchronization ?? "AUTO")],
      ["aggregation", this.enumMember("VariableAggregation", a.aggregation ?? "NONE")],
    ]);
    if (withConstraint) m.set("constraint", back(a.constraint ?? null));
    return m;
  }

  /** An enum member's name (`VariableSynchronization.AUTO` → "AUTO"); strings are taken as names. */
  private enumName(v: PyValue | null): string | undefined {
    if (v === null) return undefined;
    return typeof v === "string" ? v : this.host.str(this.host.getAttr(v, "name"));
  }

  /** `VariableSynchronization.AUTO` and friends, the enums TF hands custom getters. */
  enumMemberOf(cls: "VariableSynchronization" | "VariableAggregation", member: string): PyValue {
    return this.enumMember(cls, member);
  }

  private enumMember(cls: "VariableSynchronization" | "VariableAggregation", member: string): PyValue {
    return this.host.getAttr(this.bridge.cls(cls), member);
  }

  describedBackPublic(x: unknown): unknown {
    return this.describedBack(x);
  }

  /** An engine PyValue description (from describe) back to a plain JS value toPy understands. */
  private describedBack(x: unknown): unknown {
    if (x !== null && typeof x === "object" && "kind" in x) {
      const d = x as { kind: string; value?: unknown; items?: unknown[] };
      if (d.kind === "int") return typeof d.value === "bigint" ? d.value : d.value;
      if (d.kind === "float" || d.kind === "bool" || d.kind === "str") return d.value;
      if (d.kind === "none") return null;
      if (d.kind === "list" || d.kind === "tuple") return (d.items ?? []).map((i) => this.describedBack(i));
      if (d.kind === "tensor") return d.value;
    }
    return x;
  }

  /** The true getter's Python arguments → GetterArgs. */
  getterArgs(pa: PyValue[], kw: Map<string, PyValue>): GetterArgs {
    const names = ["name", "shape", "dtype", "initializer", "regularizer", "reuse", "trainable", "collections",
      "caching_device", "partitioner", "validate_shape", "use_resource", "constraint", "synchronization", "aggregation"];
    const a = this.host.parseArgs("_true_getter", pa, kw, names, 1);
    const b = this.bridge;
    const opt = (v: PyValue | undefined) => (v === undefined || isNone(v) ? null : v);
    const reuse = opt(a[5]);
    return {
      name: this.host.str(a[0]!),
      shape: b.shapeArg(a[1]),
      dtype: b.dtypeArg(a[2]),
      initializer: this.initializer(a[3]),
      regularizer: this.regularizer(a[4]),
      reuse: reuse === null ? null : reuse === b.autoReuse ? tf.AUTO_REUSE : this.host.truthy(reuse),
      trainable: opt(a[6]) === null ? null : this.host.truthy(a[6]!),
      collections: opt(a[7]) === null ? null : asList(a[7]!).map((k) => b.toJsKey(k)),
      cachingDevice: opt(a[8]) === null ? null : this.host.str(a[8]!),
      partitioner: this.partitioner(a[9]),
      validateShape: a[10] === undefined ? true : this.host.truthy(a[10]),
      useResource: opt(a[11]) === null ? null : this.host.truthy(a[11]!),
      constraint: this.constraint(a[12]),
      synchronization: this.enumName(opt(a[13])),
      aggregation: this.enumName(opt(a[14])),
    };
  }

  isCallable(v: PyValue): boolean {
    return this.host.truthy(this.host.call(this.host.getAttr(this.host.importModule("builtins"), "callable"), [v]));
  }

  private isClass(v: PyValue): boolean {
    return this.host.isinstance(v, this.host.getAttr(this.host.importModule("builtins"), "type"));
  }

  /** vs.py: `len(getargspec(f).args) == len(getargspec(f).defaults or [])` — callable with no arguments. */
  private allPositionalDefaulted(v: PyValue): boolean {
    return v instanceof PyFunction ? v.sig.nPos === v.defaults.length : false;
  }
}

/** The keyword arguments of tf.Variable as creators see them (variables.py VariableV1 / creator kwargs). */
const CREATOR_FIELDS: [string, keyof tf.VariableArgs | null][] = [
  ["initial_value", "initialValue"], ["trainable", "trainable"], ["collections", "collections"],
  ["validate_shape", "validateShape"], ["caching_device", "cachingDevice"], ["name", "name"],
  ["variable_def", "variableDef"], ["dtype", "dtype"], ["expected_shape", null], ["import_scope", "importScope"],
  ["constraint", "constraint"], ["use_resource", "useResource"], ["synchronization", "synchronization"],
  ["aggregation", "aggregation"], ["shape", "shape"],
];

/** A Python variable creator `creator(next_creator, **kwargs)` for `tf.variable_creator_scope`. */
export function variableCreator(host: PyHost, bridge: Bridge, ad: Adapters, creator: PyValue): tf.VariableCreator {
  return tag<tf.VariableCreator>((next, args) => {
    const nextPy = new PyNativeFunction("next_creator", (pa, kw) => host.enter(() => {
      if (pa.length > 0) host.raise("TypeError", "next_creator() takes 0 positional arguments");
      return bridge.toPy(next(creatorArgs(host, bridge, ad, kw ?? new Map())));
    }), false, "next_creator");
    const kwargs = new Map<string, PyValue>();
    for (const [py, field] of CREATOR_FIELDS) {
      const v = field === null ? undefined : args[field];
      kwargs.set(py, creatorValueToPy(host, bridge, ad, py, v));
    }
    return ad.toEngineValue(host.call(creator, [nextPy], kwargs));
  }, creator);
}

function creatorValueToPy(host: PyHost, bridge: Bridge, ad: Adapters, key: string, v: unknown): PyValue {
  if (key === "synchronization") return ad.enumMemberOf("VariableSynchronization", (v as string | undefined) ?? "AUTO");
  if (key === "aggregation") return ad.enumMemberOf("VariableAggregation", (v as string | undefined) ?? "NONE");
  if (v === undefined) return pyNone;
  const original = originalOf(v);
  if (original !== undefined) return original;
  if (typeof v === "function" && !("className" in v)) {
    // get_variable's initial value is a no-argument callable building the initializer's ops.
    const f = v as () => unknown;
    return new PyNativeFunction("initial_value", () => host.enter(() => bridge.toPy(f())), false, "initial_value");
  }
  if (v !== null && typeof v === "object" && "kind" in v) return bridge.toPy(ad.describedBackPublic(v));
  return bridge.toPy(v);
}

function creatorArgs(host: PyHost, bridge: Bridge, ad: Adapters, kw: Map<string, PyValue>): tf.VariableArgs {
  const out: Record<string, unknown> = {};
  for (const [key, v] of kw) {
    const entry = CREATOR_FIELDS.find(([py]) => py === key);
    if (entry === undefined) host.raise("TypeError", `__init__() got an unexpected keyword argument '${key}'`);
    const field = entry![1];
    if (field === null) {
      if (!isNone(v)) throw new tf.Unsupported(`tf.Variable(${key}=...)`);
      continue;
    }
    if (isNone(v) && field !== "initialValue") continue;
    switch (field) {
      case "initialValue": {
        const e = bridge.engineOf(v);
        out.initialValue = isNone(v) ? undefined : e !== undefined ? e
          : ad.isCallable(v) ? () => ad.toEngineValue(host.call(v, [])) : bridge.describe(v);
        break;
      }
      case "dtype": out.dtype = bridge.dtypeArg(v); break;
      case "shape": out.shape = bridge.shapeArg(v); break;
      case "constraint": out.constraint = ad.constraint(v); break;
      case "collections": out.collections = asList(v).map((x) => bridge.toJsKey(x)); break;
      case "synchronization": case "aggregation":
        out[field] = typeof v === "string" ? v : host.str(host.getAttr(v, "name")); break;
      case "trainable": case "validateShape": case "useResource": out[field] = host.truthy(v); break;
      case "cachingDevice": case "name": case "importScope": out[field] = host.str(v); break;
      case "variableDef": out.variableDef = ad.variableDef(v); break;
    }
  }
  return out as tf.VariableArgs;
}

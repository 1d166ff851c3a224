/**
 * op_def_library.py `_apply_op_helper`: how every generated op wrapper builds its node. It opens
 * `name_scope(name or OpType)` in the graph of its inputs, converts non-tensor inputs inside it
 * (named after the argument: `Mul/y`), infers type attrs from the inputs with TF's messages for
 * mismatches (E20), fills the remaining attrs, runs the op's shape function, and creates the op with
 * the scope string as its name.
 */
import { applyOp as applyNamedOp } from "../apply-op.js";
import type { DType } from "../dtypes.js";
import { executingEagerly } from "../context.js";
import { TFError, Unsupported, tfError } from "../errors.js";
import { graphFromInputs } from "../inputs.js";
import { type TensorShape, asShape, unknownShape } from "../shape.js";
import type { Operation, Tensor } from "../tensor.js";
import { type OpInput, convertNToTensor, convertToTensor } from "./convert.js";
import { constantValue, partialShapeOf } from "./constant-value.js";
import { type Dims, InferContext, runShapeFn } from "./infer-context.js";
import type { AttrDef, InputArg, OpDef } from "./op-def.js";
import { OM } from "./op-messages.js";
import { type PyValue, pyRepr, pyStrOf, pyTypeName } from "./pyvalue.js";
import { type TensorSource, isTensorSource } from "./tensor-source.js";
import { type Localize, executeEagerly } from "../eager/execute.js";

/** An op wrapper's input: one value, or a list for list inputs (`values: N * T`). */
export type OpArg = OpInput | readonly OpInput[];

/** The static dims of a tensor (null for an unknown rank). */
export function dimsOf(t: Tensor): Dims {
  const d = t.shape.dims;
  return d === null ? null : d.map((x) => x.value);
}

function toShape(d: Dims | undefined): TensorShape {
  return d === undefined || d === null ? unknownShape() : asShape([...d]);
}

/** The tensors and variables among the op's input arguments, in order (what `_get_graph_from_inputs`
 *  looks at). */
function sourcesOf(def: OpDef, inputs: Readonly<Record<string, OpArg>>): unknown[] {
  const out: unknown[] = [];
  const add = (v: OpInput | undefined): void => {
    if (v === undefined) return;
    if (isTensorSource(v)) out.push(v);
    else if (v.kind === "tensor") out.push(v.value);
  };
  for (const a of def.inputs) {
    const v = inputs[a.name];
    if (Array.isArray(v)) for (const x of v as readonly OpInput[]) add(x);
    else add(v as OpInput | undefined);
  }
  return out;
}

// The registered defaults of each op's type attrs, made once per op definition.
const typeDefaults = new WeakMap<OpDef, Map<string, DType>>();
function defaultsOf(def: OpDef): Map<string, DType> {
  let m = typeDefaults.get(def);
  if (m === undefined) {
    m = new Map();
    for (const a of def.attrs) if (a.kind === "type" && a.default !== undefined) m.set(a.name, a.default as DType);
    typeDefaults.set(def, m);
  }
  return m;
}

function asPy(v: OpInput): PyValue {
  return isTensorSource(v) ? { kind: "tensor", value: v } : v;
}

/** Python's repr of an argument for TF's messages (a list argument is a Python list). */
function argRepr(v: OpArg): string {
  if (Array.isArray(v)) return `[${(v as readonly OpInput[]).map((x) => argRepr(x)).join(", ")}]`;
  return pyRepr(asPy(v as OpInput));
}

function argTypeName(v: OpInput): string {
  return pyTypeName(asPy(v));
}

function isConversionError(e: unknown): e is TFError {
  return e instanceof TFError && (e.pyType === "TypeError" || e.pyType === "ValueError");
}

/**
 * Builds one node as op_def_library does. `inputs` maps input-arg names to values; `attrs` holds the
 * non-inferred attrs the wrapper passes (absent or undefined → the registered default).
 */
export function applyOp(
  def: OpDef,
  name: string | null,
  inputs: Readonly<Record<string, OpArg>>,
  attrs: Readonly<Record<string, unknown>> = {},
): Operation {
  // Eager: the same construction, run at once in a private graph (eager/execute.ts).
  if (executingEagerly()) return executeEagerly(def.name, (local) => applyOp(def, null, localizeInputs(inputs, local), attrs));
  const g = graphFromInputs(sourcesOf(def, inputs));
  const defaults = defaultsOf(def);
  return applyNamedOp(g, def.name, name, (scope) => {
    const inferred: Record<string, unknown> = {};
    const inferredFrom: Record<string, string> = {};
    const tensors: Tensor[] = [];
    const refOps: Operation[] = [];
    for (const ia of def.inputs) {
      const values = inputs[ia.name];
      if (values === undefined) throw tfError(OM.noInput, ia.name);
      const converted = ia.numberAttr !== undefined
        ? convertListInput(def, ia, values, inferred, defaults)
        : [convertSingleInput(def, ia, values as OpInput, inferred, inferredFrom, defaults)];
      inferTypeAttrs(def, ia, converted, inferred, inferredFrom);
      if (ia.isRef === true && !converted.every((t) => t.dtype.isRef)) throw tfError(OM.refRequired, def.name, ia.name);
      if (ia.isRef === true) refOps.push(...converted.map((t) => t.op));
      tensors.push(...converted);
    }
    const finalAttrs = completeAttrs(def, inferred, attrs);
    const dtypes: DType[] = [];
    for (const o of def.outputs) {
      const d = o.type ?? (finalAttrs[o.typeAttr!] as DType);
      const one = o.isRef === true ? d.asRef : d;
      if (o.numberAttr === undefined) dtypes.push(one);
      else dtypes.push(...new Array<DType>(Number(finalAttrs[o.numberAttr])).fill(one));
    }
    const ctx = new InferContext(
      tensors.map(dimsOf),
      finalAttrs,
      (i) => constantValue(tensors[i]!),
      (i) => partialShapeOf(tensors[i]!),
    );
    // The C API names the node after the scope string without its slash (the verbatim path).
    const shapes = runShapeFn(ctx, def.shape, scope.endsWith("/") ? scope.slice(0, -1) : scope, def.name);
    // op_def_library `_MaybeColocateWith`: an op taking a ref input lives with that input's op.
    // `tensors` grew by push, which reserves 17 slots: the op keeps an exact copy (issue #13).
    return { inputs: tensors.slice(), attrs: finalAttrs, dtypes, shapes: shapes.map(toShape), colocateWith: refOps };
  });
}

function localizeInputs(inputs: Readonly<Record<string, OpArg>>, local: Localize): Record<string, OpArg> {
  const one = (v: OpInput): OpInput => (isTensorSource(v) ? (local(v) as OpInput) : localizePy(v, local));
  const out: Record<string, OpArg> = {};
  for (const [k, v] of Object.entries(inputs)) out[k] = Array.isArray(v) ? (v as readonly OpInput[]).map(one) : one(v as OpInput);
  return out;
}

function localizePy(v: PyValue, local: Localize): PyValue {
  if (v.kind === "tensor") return { kind: "tensor", value: local(v.value) as TensorSource };
  if (v.kind === "list" || v.kind === "tuple") return { kind: v.kind, items: v.items.map((x) => localizePy(x, local)) };
  return v;
}

/** Applies `def` and returns its single output. */
export function applyOp1(def: OpDef, name: string | null, inputs: Readonly<Record<string, OpArg>>, attrs?: Readonly<Record<string, unknown>>): Tensor {
  return applyOp(def, name, inputs, attrs).firstOutput!;
}

const MIXED_LIST = new Error("list input of mixed dtypes");

function convertListInput(def: OpDef, ia: InputArg, values: OpArg, inferred: Record<string, unknown>, defaults: Map<string, DType>): Tensor[] {
  // The message formats the value with %s.
  if (!Array.isArray(values)) throw tfError(OM.expectedList, ia.name, def.name, pyStrOf(asPy(values as OpInput)));
  const list = values as readonly OpInput[];
  let dtype: DType | null = ia.type ?? null;
  let preferred: DType | null = null;
  if (dtype === null && ia.typeAttr !== undefined) {
    if (ia.typeAttr in inferred) dtype = inferred[ia.typeAttr] as DType;
    else {
      for (const v of list) {
        const src = isTensorSource(v) ? v : v.kind === "tensor" ? v.value : null;
        if (src !== null) {
          dtype = src.dtype;
          break;
        }
      }
    }
    if (dtype === null) preferred = defaults.get(ia.typeAttr) ?? null;
  }
  try {
    const ts = convertNToTensor(list, { name: ia.name, dtype: dtype?.baseDtype ?? null, preferredDtype: preferred, asRef: ia.isRef });
    // odl.py raises a bare TypeError here so that its handler reports the observed types.
    if (new Set(ts.map((t) => t.dtype.baseDtype)).size > 1) throw MIXED_LIST;
    return ts;
  } catch (e) {
    if (e !== MIXED_LIST && !isConversionError(e)) throw e;
    // TF converts each value again, without a dtype, to report what it saw (creating Consts as it goes).
    const observed = list.map((v) => {
      try {
        return convertToTensor(v, { asRef: ia.isRef }).dtype.baseDtype.name;
      } catch (e2) {
        if (isConversionError(e2)) return "<NOT CONVERTIBLE TO TENSOR>";
        throw e2;
      }
    }).join(", ");
    if (ia.type !== undefined) throw tfError(OM.listTypesExpected, ia.name, def.name, observed, dtype!.name);
    if (ia.typeAttr! in inferred) throw tfError(OM.listTypesInferred, ia.name, def.name, observed, dtype!.name);
    throw tfError(OM.listTypesDontMatch, ia.name, def.name, observed);
  }
}

function convertSingleInput(
  def: OpDef,
  ia: InputArg,
  value: OpInput,
  inferred: Record<string, unknown>,
  inferredFrom: Record<string, string>,
  defaults: Map<string, DType>,
): Tensor {
  let dtype: DType | null = ia.type ?? null;
  let preferred: DType | null = null;
  if (dtype === null && ia.typeAttr !== undefined) {
    if (ia.typeAttr in inferred) dtype = inferred[ia.typeAttr] as DType;
    else preferred = defaults.get(ia.typeAttr) ?? null;
  }
  try {
    return convertToTensor(value, { name: ia.name, dtype, asRef: ia.isRef, preferredDtype: preferred });
  } catch (e) {
    if (!isConversionError(e)) throw e;
    if (e.pyType === "TypeError") {
      if (dtype === null) throw e;
      throw tfError(OM.expectedDtypeParam, dtype.name, ia.name, def.name, argRepr(value), argTypeName(value), e.message);
    }
    let observed: string;
    try {
      observed = convertToTensor(value, { asRef: ia.isRef }).dtype.name;
    } catch (e2) {
      if (e2 instanceof TFError && e2.pyType === "ValueError") throw tfError(OM.triedToConvert, ia.name, e2.message);
      throw e2;
    }
    if (ia.type !== undefined) throw tfError(OM.inputExpectedType, ia.name, def.name, observed, ia.type.name);
    const k = ia.typeAttr!;
    if (!(k in inferred) && defaults.has(k)) {
      inferred[k] = defaults.get(k);
      inferredFrom[k] ??= "Default in OpDef";
    }
    // op_def_library.py reads `attrs[input_arg.type_attr]` here: with nothing inferred and no default,
    // that lookup is the KeyError TF raises.
    if (!(k in inferred)) throw new TFError("KeyError", k);
    throw tfError(OM.inputTypeMismatch, ia.name, def.name, observed, (inferred[k] as DType).name, inferredFrom[k]);
  }
}

function attrDef(def: OpDef, name: string): AttrDef {
  return def.attrs.find((a) => a.name === name)!;
}

/** `_SatisfiesTypeConstraint`. */
function checkAllowed(dtype: DType, a: AttrDef, param: string): void {
  if (a.allowed !== undefined && !a.allowed.includes(dtype)) {
    throw tfError(OM.notAllowedType, param, dtype.name, a.allowed.map((d) => d.name).join(", "));
  }
}

function inferTypeAttrs(def: OpDef, ia: InputArg, ts: readonly Tensor[], inferred: Record<string, unknown>, from: Record<string, string>): void {
  const base = ts.map((t) => t.dtype.baseDtype);
  if (ia.numberAttr !== undefined) {
    if (!(ia.numberAttr in inferred)) {
      inferred[ia.numberAttr] = ts.length;
      from[ia.numberAttr] = ia.name;
      const min = attrDef(def, ia.numberAttr).minimum;
      if (min !== undefined && ts.length < min) throw tfError(OM.listTooShort, ia.name, def.name, ts.length, min);
    }
    if (ia.typeAttr !== undefined && !(ia.typeAttr in inferred)) {
      if (base.length === 0) throw tfError(OM.emptyListType, ia.name, def.name);
      inferred[ia.typeAttr] = base[0];
      from[ia.typeAttr] = ia.name;
      checkAllowed(base[0]!, attrDef(def, ia.typeAttr), ia.name);
    }
    return;
  }
  if (ia.typeAttr === undefined) return;
  const got = base[0]!;
  if (ia.typeAttr in inferred) {
    const want = inferred[ia.typeAttr] as DType;
    if (want !== got) throw tfError(OM.inputTypeMismatch, ia.name, def.name, got.name, want.name, from[ia.typeAttr]);
  } else {
    checkAllowed(got, attrDef(def, ia.typeAttr), ia.name);
    inferred[ia.typeAttr] = got;
    from[ia.typeAttr] = ia.name;
  }
}

// The attrs of ops whose only attr is an inferred one (`T` of Add, Relu...), one frozen record per op
// definition and value: ops may share attrs (Operation._setAttr copies on write), and a record per op
// is a tenth of a small op's memory (issue #13).
const sharedAttrs = new WeakMap<OpDef, Map<unknown, Readonly<Record<string, unknown>>>>();

function completeAttrs(def: OpDef, inferred: Record<string, unknown>, given: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (def.attrs.length === 1 && def.attrs[0]!.name in inferred && given[def.attrs[0]!.name] === undefined) {
    const key = def.attrs[0]!.name;
    const value = inferred[key];
    let byValue = sharedAttrs.get(def);
    if (byValue === undefined) sharedAttrs.set(def, (byValue = new Map()));
    let rec = byValue.get(value);
    if (rec === undefined) byValue.set(value, (rec = Object.freeze({ [key]: value })));
    return rec as Record<string, unknown>;
  }
  const out: Record<string, unknown> = {};
  for (const a of def.attrs) {
    if (a.name in inferred) {
      if (given[a.name] !== undefined) throw tfError(OM.inferredAttrGiven, a.name);
      out[a.name] = inferred[a.name];
      continue;
    }
    const v = given[a.name] ?? a.default;
    if (v === undefined) throw tfError(OM.noAttr, a.name);
    if (a.kind === "type") checkAllowed(v as DType, a, a.name);
    if (a.allowedStrings !== undefined && !a.allowedStrings.includes(v as string)) {
      throw tfError(OM.attrStringNotIn, a.name, def.name, String(v), a.allowedStrings.join('", "'));
    }
    if (a.kind === "int" && a.minimum !== undefined && (v as number) < a.minimum) {
      throw tfError(OM.attrIntBelowMinimum, a.name, def.name, String(v), a.minimum);
    }
    out[a.name] = v;
  }
  return out;
}

/**
 * state_ops.py: `tf.assign`, `tf.assign_add`, `tf.assign_sub`. A reference-typed target gets the
 * gen_state_ops op (`Assign` with `Assign/value`); anything else is asked to assign itself, as TF
 * calls `ref.assign(value)` (resource variables; a plain Tensor has no such method).
 */
import { Unsupported, tfError } from "../errors.js";
import { OM } from "./op-messages.js";
import type { Operation, Tensor } from "../tensor.js";
import { type OpInput, sourceOf } from "./convert.js";
import { bool, int32, int64 } from "../dtypes.js";
import { mergeShape, withRank } from "./infer-context.js";
import { arg, opDef, typeAttr } from "./op-def.js";
import { applyOp1 } from "./op-library.js";
import { sourceTypeName } from "./tensor-source.js";
import * as T from "./type-sets.js";

const refArg = { name: "ref", typeAttr: "T", isRef: true } as const;
const refOut = [{ name: "output_ref", typeAttr: "T", isRef: true }];
const mergeBoth = (c: { inputs: readonly import("./infer-context.js").Dims[] }) => [mergeShape(c.inputs[0]!, c.inputs[1]!)];

/** The state op registrations (tensorflow/core/ops/state_ops.cc). */
export const STATE_OPS = {
  Assign: opDef("Assign", [refArg, arg("value")], refOut, [
    typeAttr("T"), { name: "validate_shape", kind: "bool", default: true }, { name: "use_locking", kind: "bool", default: true },
  ], (c) => (c.attr<boolean>("validate_shape") ? mergeBoth(c) : [c.inputs[1]!])),
  AssignAdd: opDef("AssignAdd", [refArg, arg("value")], refOut, [
    typeAttr("T", T.NUMBER_TYPES), { name: "use_locking", kind: "bool", default: false },
  ], mergeBoth),
  AssignSub: opDef("AssignSub", [refArg, arg("value")], refOut, [
    typeAttr("T", T.NUMBER_TYPES), { name: "use_locking", kind: "bool", default: false },
  ], mergeBoth),
  // state_ops.cc CountUpTo: the ref must be a scalar; the output is its value before the increment.
  CountUpTo: opDef("CountUpTo", [refArg], [{ name: "output", typeAttr: "T" }], [
    { name: "limit", kind: "int" }, typeAttr("T", [int32, int64]),
  ], (c) => [withRank(c.inputs[0]!, 0)]),
  // state_ops.cc IsVariableInitialized: a scalar bool, whatever the ref's shape.
  IsVariableInitialized: opDef("IsVariableInitialized", [{ name: "ref", typeAttr: "dtype", isRef: true }],
    [{ name: "is_initialized", type: bool }], [typeAttr("dtype")], () => [[]]),
} as const;

/** `state_ops.count_up_to(ref, limit, name=None)` (Variable.count_up_to): a `CountUpTo` op. */
export function countUpTo(ref: OpInput, limit: number, name: string | null = null): Tensor {
  return applyOp1(STATE_OPS.CountUpTo, name, { ref }, { limit });
}

/** `state_ops.is_variable_initialized(ref, name=None)` on a ref variable: `IsVariableInitialized`. */
export function isVariableInitialized(ref: OpInput, name: string | null = null): Tensor {
  return applyOp1(STATE_OPS.IsVariableInitialized, name, { ref });
}

/** A target that assigns itself (ResourceVariable's methods, as the engine's variables provide). */
interface SelfAssigning {
  assign(value: unknown, name: string | null): Tensor | Operation;
  assignAdd(value: unknown, name: string | null): Tensor | Operation;
  assignSub(value: unknown, name: string | null): Tensor | Operation;
}

/** The target as a self-assigning object; AttributeError (Python's text) when it has no `pyName`. */
function selfAssigning(ref: OpInput, pyName: string, jsName: keyof SelfAssigning): SelfAssigning {
  const src = sourceOf(ref);
  if (src === null) throw new Unsupported(`tf.${pyName} on a Python value`);
  if (!(jsName in src)) throw tfError(OM.noAttribute, sourceTypeName(src), pyName);
  return src as unknown as SelfAssigning;
}

function isRefTarget(ref: OpInput): boolean {
  return sourceOf(ref)?.dtype.isRef ?? false;
}

export interface AssignOptions {
  validateShape?: boolean | null;
  useLocking?: boolean | null;
  name?: string | null;
}

/** `tf.assign(ref, value, validate_shape=None, use_locking=None, name=None)`. */
export function assign(ref: OpInput, value: OpInput, o: AssignOptions = {}): Tensor | Operation {
  if (!isRefTarget(ref)) return selfAssigning(ref, "assign", "assign").assign(value, o.name ?? null);
  return applyOp1(STATE_OPS.Assign, o.name ?? null, { ref, value }, {
    validate_shape: o.validateShape ?? undefined, use_locking: o.useLocking ?? undefined,
  });
}

/** `tf.assign_add(ref, value, use_locking=None, name=None)`; resource targets ignore the name, as TF. */
export function assignAdd(ref: OpInput, value: OpInput, o: AssignOptions = {}): Tensor | Operation {
  if (!isRefTarget(ref)) return selfAssigning(ref, "assign_add", "assignAdd").assignAdd(value, null);
  return applyOp1(STATE_OPS.AssignAdd, o.name ?? null, { ref, value }, { use_locking: o.useLocking ?? undefined });
}

/** `tf.assign_sub(ref, value, use_locking=None, name=None)`. */
export function assignSub(ref: OpInput, value: OpInput, o: AssignOptions = {}): Tensor | Operation {
  if (!isRefTarget(ref)) return selfAssigning(ref, "assign_sub", "assignSub").assignSub(value, null);
  return applyOp1(STATE_OPS.AssignSub, o.name ?? null, { ref, value }, { use_locking: o.useLocking ?? undefined });
}


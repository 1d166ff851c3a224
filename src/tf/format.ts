/**
 * repr() and str() of the engine's objects as TF prints them. Shapes follow the runtime's TF2 shape
 * behaviour (tensor_shape.py `_v2_behavior`): `(?, 20)` and `Dimension(20)` in TF 1.15, `(None, 20)`
 * and plain ints under TF 2.x.
 */
import { behavior } from "./context.js";
import type { DType } from "./dtypes.js";
import { Unsupported } from "./errors.js";
import type { Dimension, TensorShape } from "./shape.js";
import type { Operation, Tensor } from "./tensor.js";

function v2(): boolean {
  return behavior().v2Shapes;
}

/** `str(Dimension)`: `?` or the number (TF 2.x prints dimensions as ints or `None`). */
export function dimensionStr(d: Dimension): string {
  if (d.value === null) return v2() ? "None" : "?";
  return String(d.value);
}

/** `repr(Dimension)`: `Dimension(20)`, `Dimension(None)`. */
export function dimensionRepr(d: Dimension): string {
  return `Dimension(${d.value === null ? "None" : d.value})`;
}

/** `str(TensorShape)` (tensor_shape.py 793-805): `(?, 20)`, `(10,)`, `()`, `<unknown>`. */
export function shapeStr(s: TensorShape): string {
  if (s.dims === null) return "<unknown>";
  const parts = s.dims.map(v2() ? (d) => (d.value === null ? "None" : String(d.value)) : dimensionStr);
  return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`;
}

/** `repr(TensorShape)` (tensor_shape.py 784-791): `TensorShape([Dimension(None), Dimension(20)])` in
 *  1.15, `TensorShape([None, 20])` under TF 2.x, `TensorShape(None)` for unknown rank in both. */
export function shapeRepr(s: TensorShape): string {
  if (s.dims === null) return "TensorShape(None)";
  if (v2()) return `TensorShape([${s.dims.map((d) => (d.value === null ? "None" : String(d.value))).join(", ")}])`;
  return `TensorShape([${s.dims.map(dimensionRepr).join(", ")}])`;
}

/** `str(dtype)`: `<dtype: 'float32'>`. */
export function dtypeStr(d: DType): string {
  return d.toString();
}
/** `repr(dtype)`: `tf.float32`. */
export function dtypeRepr(d: DType): string {
  return d.repr();
}

/** `str(Tensor)` (ops.py 697-703): the shape part is left out for unknown rank, the device part
 *  unless a device is set. */
export function tensorStr(t: Tensor): string {
  const shape = t.shape.dims === null ? "" : `, shape=${shapeStr(t.shape)}`;
  const device = t.device ? `, device=${t.device}` : "";
  return `Tensor("${t.name}"${shape}, dtype=${t.dtype.name}${device})`;
}

/** `repr(Tensor)` (ops.py 705-707): `<tf.Tensor 'add:0' shape=(?, 10) dtype=float32>`. */
export function tensorRepr(t: Tensor): string {
  return `<tf.Tensor '${t.name}' shape=${shapeStr(t.shape)} dtype=${t.dtype.name}>`;
}

/** `repr(Operation)`: `<tf.Operation 'add' type=AddV2>`. */
export function operationRepr(op: Operation): string {
  return `<tf.Operation '${op.name}' type=${op.type}>`;
}

/** `str(Operation)` (ops.py 2124): the NodeDef in protobuf text form, ending in a newline. Data inputs
 *  print as `op` or `op:N`, control inputs as `^op`. tfscope renders NoOps (groups such as `init`) only;
 *  other ops need TF's full attr set and proto formatting, so they are Unsupported. */
export function operationStr(op: Operation): string {
  // NoOp is the one op type whose NodeDef has no attrs at all (control_flow_ops.group's `init`).
  if (op.type !== "NoOp" || (op.attrs !== null && Object.keys(op.attrs).length > 0)) {
    throw new Unsupported(`str() of a ${op.type} Operation (the NodeDef text of '${op.name}' with its attrs)`);
  }
  let out = `name: "${op.name}"\nop: "${op.type}"\n`;
  for (const t of op.inputs) out += `input: "${t.valueIndex === 0 ? t.op.name : `${t.op.name}:${t.valueIndex}`}"\n`;
  for (const c of op.controlInputs) out += `input: "^${c.name}"\n`;
  if (op.device) out += `device: "${op.device}"\n`;
  return out;
}

/** What a variable's repr needs. */
export interface VariableLike {
  readonly name: string;
  readonly dtype: DType;
  getShape(): TensorShape;
}

/** `repr(Variable)` (variables.py 1690-1697, resource_variable_ops.py 422-429). In eager mode the
 *  caller supplies numpy's repr of the value, which is appended as `, numpy=…`. */
export function variableRepr(v: VariableLike, numpyRepr?: string): string {
  const base = `<tf.Variable '${v.name}' shape=${shapeStr(v.getShape())} dtype=${v.dtype.name}`;
  return numpyRepr === undefined ? `${base}>` : `${base}, numpy=${numpyRepr}>`;
}

/** `repr(tf.AUTO_REUSE)` under CPython 3.11's enum. */
export const AUTO_REUSE_REPR = "<_ReuseMode.AUTO_REUSE: 1>";
/** `str(tf.AUTO_REUSE)` under CPython 3.11's enum. */
export const AUTO_REUSE_STR = "_ReuseMode.AUTO_REUSE";

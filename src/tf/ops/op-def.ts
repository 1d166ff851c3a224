/**
 * Op definitions as TF registers them in tensorflow/core/ops/*.cc (REGISTER_OP): argument and attr
 * names, type constraints in registration order, defaults, and the shape function. Only what
 * op_def_library.py consults is modelled.
 */
import type { DType } from "../dtypes.js";
import type { Dims, InferContext } from "./infer-context.js";

export interface InputArg {
  readonly name: string;
  /** A fixed element type (`input: int32`). */
  readonly type?: DType;
  /** The type attr that types this input (`x: T`). */
  readonly typeAttr?: string;
  /** The length attr of a homogeneous list input (`values: N * T`). */
  readonly numberAttr?: string;
  readonly isRef?: boolean;
}

export interface OutputArg {
  readonly name: string;
  readonly type?: DType;
  readonly typeAttr?: string;
  /** The length attr of a list output (`output: num_split * T`). */
  readonly numberAttr?: string;
  readonly isRef?: boolean;
}

export type AttrKind = "type" | "int" | "float" | "bool" | "string" | "shape" | "list(int)" | "tensor";

export interface AttrDef {
  readonly name: string;
  readonly kind: AttrKind;
  /** The registered default; absent when the attr is required. */
  readonly default?: unknown;
  /** Allowed types of a type attr, in the order the registration lists them. */
  readonly allowed?: readonly DType[];
  /** Allowed values of a string attr. */
  readonly allowedStrings?: readonly string[];
  readonly minimum?: number;
}

/** A shape function: output shapes from the context (tensorflow/core/ops/*.cc SetShapeFn). */
export type ShapeFn = (c: InferContext) => Dims[];

export interface OpDef {
  readonly name: string;
  readonly inputs: readonly InputArg[];
  readonly outputs: readonly OutputArg[];
  readonly attrs: readonly AttrDef[];
  readonly shape: ShapeFn;
}

/** Shorthand for defining ops compactly in the family modules. */
export function opDef(
  name: string,
  inputs: readonly InputArg[],
  outputs: readonly OutputArg[],
  attrs: readonly AttrDef[],
  shape: ShapeFn,
): OpDef {
  return { name, inputs, outputs, attrs, shape };
}

/** `x: T` */
export const arg = (name: string, typeAttr = "T"): InputArg => ({ name, typeAttr });
/** `name: <fixed type>` */
export const fixedArg = (name: string, type: DType): InputArg => ({ name, type });
/** `T: {allowed}` */
export const typeAttr = (name: string, allowed?: readonly DType[], dflt?: DType): AttrDef =>
  dflt === undefined ? { name, kind: "type", allowed } : { name, kind: "type", allowed, default: dflt };

/**
 * gen_parsing_ops.parse_single_example and parse_example (tensorflow/core/ops/parsing_ops.cc
 * ParseSingleExample, ParseExample): their attrs and shape functions. The list-typed inputs and
 * outputs (Tdense, sparse_types) are built here directly; parsing_ops.py's wrappers (the name scope,
 * the defaults' conversion, the SparseTensors) are the shim's (_tfparsing.py).
 */
import { applyOp } from "../apply-op.js";
import * as d from "../dtypes.js";
import type { DType } from "../dtypes.js";
import { graphFromInputs } from "../inputs.js";
import { asShape } from "../shape.js";
import { executingEagerly, getDefaultGraph } from "../context.js";
import { Unsupported } from "../errors.js";
import { opServices } from "../services.js";
import { type Operation, Tensor } from "../tensor.js";
import type { OpInput } from "./convert.js";
import { type Dims, InferContext, runShapeFn, withRank } from "./infer-context.js";
import { dimsOf } from "./op-library.js";
import { constantValue, partialShapeOf } from "./constant-value.js";

export interface ParseConfig {
  readonly sparseKeys: readonly string[];
  readonly sparseTypes: readonly DType[];
  readonly denseKeys: readonly string[];
  readonly denseShapes: readonly (readonly number[])[];
}

const pyStr = (v: string): OpInput => ({ kind: "str", value: v, repr: `'${v}'` });

function build(type: string, known: readonly Tensor[], inputsIn: () => Tensor[], denseDefaults: readonly Tensor[], c: ParseConfig,
  attrs: Record<string, unknown>, batch: boolean, name: string | null): Operation {
  // Eager parsing (an EagerTensor result) is not modelled.
  if (executingEagerly()) throw new Unsupported(`tf.${type === "ParseExample" ? "parse_example" : "parse_single_example"} under eager execution`);
  const g = known.length > 0 ? graphFromInputs(known) : getDefaultGraph();
  return applyOp(g, type, name, (scope) => {
    // op_def_library converts the non-Tensor inputs inside the op's scope (`ParseExample/names`).
    const inputs = inputsIn();
    const ctx = new InferContext(inputs.map(dimsOf), attrs, (i) => constantValue(inputs[i]!), (i) => partialShapeOf(inputs[i]!));
    const shapes = runShapeFn(ctx, (cx) => {
      const input = withRank(cx.inputs[0]!, batch ? 1 : 0);
      if (batch) withRank(cx.inputs[1]!, 1);
      const n = c.sparseKeys.length;
      const out: Dims[] = [];
      for (let i = 0; i < n; i++) out.push([null, batch ? 2 : 1]);
      for (let i = 0; i < n; i++) out.push([null]);
      for (let i = 0; i < n; i++) out.push([batch ? 2 : 1]);
      for (const s of c.denseShapes) out.push([...input, ...s]);
      return out;
    }, scope.endsWith("/") ? scope.slice(0, -1) : scope, type);
    return {
      inputs,
      attrs,
      dtypes: [...c.sparseKeys.map(() => d.int64), ...c.sparseTypes, ...c.sparseKeys.map(() => d.int64), ...denseDefaults.map((t) => t.dtype)],
      shapes: shapes.map((s) => asShape(s === null ? null : [...s])),
    };
  });
}

/** `gen_parsing_ops.parse_single_example(serialized, dense_defaults, num_sparse, sparse_keys, sparse_types, dense_keys, dense_shapes, name)`. */
export function parseSingleExample(serialized: Tensor, denseDefaults: readonly Tensor[], c: ParseConfig, name: string | null = null): Operation {
  return build("ParseSingleExample", [serialized, ...denseDefaults], () => [serialized, ...denseDefaults], denseDefaults, c, {
    num_sparse: c.sparseKeys.length, sparse_keys: [...c.sparseKeys], dense_keys: [...c.denseKeys],
    sparse_types: [...c.sparseTypes], Tdense: denseDefaults.map((t) => t.dtype),
    dense_shapes: c.denseShapes.map((s) => asShape([...s])),
  }, false, name);
}

/** `gen_parsing_ops.parse_example(serialized, names=[], sparse_keys, dense_keys, dense_defaults, sparse_types, dense_shapes, name)`:
 * the keys are string inputs (`sparse_keys_<i>`, `dense_keys_<i>`), Nsparse and Ndense inferred from them. */
export function parseExample(serialized: Tensor | OpInput, denseDefaults: readonly Tensor[], c: ParseConfig, name: string | null = null): Operation {
  const conv = (v: unknown, n: string) => opServices().convertToTensor(v, d.string, n);
  const known = serialized instanceof Tensor ? [serialized, ...denseDefaults] : [...denseDefaults];
  return build("ParseExample", known, () => [
    serialized instanceof Tensor ? serialized : conv(serialized, "serialized"),
    conv({ kind: "list", items: [] }, "names"),
    ...c.sparseKeys.map((k, i) => conv(pyStr(k), `sparse_keys_${i}`)),
    ...c.denseKeys.map((k, i) => conv(pyStr(k), `dense_keys_${i}`)),
    ...denseDefaults,
  ], denseDefaults, c, {
    Nsparse: c.sparseKeys.length, Ndense: c.denseKeys.length, sparse_types: [...c.sparseTypes],
    Tdense: denseDefaults.map((t) => t.dtype), dense_shapes: c.denseShapes.map((s) => asShape([...s])),
  }, true, name);
}

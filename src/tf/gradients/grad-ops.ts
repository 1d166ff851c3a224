/**
 * The ops TF's gradient functions and optimizers build that the forward ops do not: BroadcastGradientArgs
 * (array_ops.cc), AddN (math_ops.cc), DynamicStitch (data_flow_ops.cc), ReluGrad/SigmoidGrad/TanhGrad
 * (nn_ops.cc, math_ops.cc) and ApplyGradientDescent (training_ops.cc), with TF 1.15's default names.
 */
import { NDArray } from "../../numpy/ndarray.js";
import * as d from "../dtypes.js";
import { Unsupported } from "../errors.js";
import { broadcastReductionIndices } from "../kernels/training.js";
import { registerConstantFolder } from "../ops/constant-value.js";
import type { Operation, Tensor } from "../tensor.js";
import type { OpInput } from "../ops/convert.js";
import { type Dims, mergeShape, withRank } from "../ops/infer-context.js";
import { arg, opDef, typeAttr } from "../ops/op-def.js";
import { applyOp as applyOpDef, applyOp1 } from "../ops/op-library.js";
import { applyOp as applyGraphOp } from "../apply-op.js";
import { unchangedShape } from "../ops/shape-fns.js";
import * as T from "../ops/type-sets.js";

const FLOATS = [d.bfloat16, d.float16, d.float32, d.float64];

export const GRAD_OPS = {
  BroadcastGradientArgs: opDef("BroadcastGradientArgs", [arg("s0"), arg("s1")],
    [{ name: "r0", typeAttr: "T" }, { name: "r1", typeAttr: "T" }], [typeAttr("T", T.INDEX_TYPES, d.int32)],
    () => [[null], [null]]),
  AddN: opDef("AddN", [{ name: "inputs", typeAttr: "T", numberAttr: "N" }], [{ name: "sum", typeAttr: "T" }],
    [{ name: "N", kind: "int", minimum: 1 }, typeAttr("T", [...T.NUMBER_TYPES, d.variant])],
    (c) => [c.inputs.reduce((a: Dims, b) => mergeShape(a, b), null)]),
  DynamicStitch: opDef("DynamicStitch",
    [{ name: "indices", type: d.int32, numberAttr: "N" }, { name: "data", typeAttr: "T", numberAttr: "N" }],
    [{ name: "merged", typeAttr: "T" }], [{ name: "N", kind: "int", minimum: 1 }, typeAttr("T")],
    // data_flow_ops.cc DynamicStitchShapeFunction: a vector whose length needs constant indices.
    () => [[null]]),
  ReluGrad: opDef("ReluGrad", [arg("gradients"), arg("features")], [{ name: "backprops", typeAttr: "T" }],
    [typeAttr("T", T.REAL_NUMBER_TYPES)], unchangedShape),
  // nn_ops.cc EluGrad and SoftsignGrad: MergeBothInputsShapeFn.
  EluGrad: opDef("EluGrad", [arg("gradients"), arg("outputs")], [{ name: "backprops", typeAttr: "T" }],
    [typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64])], (c) => [mergeShape(c.inputs[0]!, c.inputs[1]!)]),
  SoftsignGrad: opDef("SoftsignGrad", [arg("gradients"), arg("features")], [{ name: "backprops", typeAttr: "T" }],
    [typeAttr("T", [d.float16, d.bfloat16, d.float32, d.float64])], (c) => [mergeShape(c.inputs[0]!, c.inputs[1]!)]),
  SigmoidGrad: opDef("SigmoidGrad", [arg("y"), arg("dy")], [{ name: "z", typeAttr: "T" }],
    [typeAttr("T", [...FLOATS, d.complex64, d.complex128])], unchangedShape),
  TanhGrad: opDef("TanhGrad", [arg("y"), arg("dy")], [{ name: "z", typeAttr: "T" }],
    [typeAttr("T", [...FLOATS, d.complex64, d.complex128])], unchangedShape),
  Reciprocal: opDef("Reciprocal", [arg("x")], [{ name: "y", typeAttr: "T" }],
    [typeAttr("T", [...FLOATS, d.int32, d.int64, d.complex64, d.complex128])], unchangedShape),
  BiasAddGrad: opDef("BiasAddGrad", [arg("out_backprop")], [{ name: "output", typeAttr: "T" }],
    [typeAttr("T", T.NUMBER_TYPES), { name: "data_format", kind: "string", default: "NHWC", allowedStrings: ["NHWC", "NCHW"] }],
    (c) => [c.inputs[0] === null ? [null] : [c.inputs[0]![c.attr<string>("data_format") === "NCHW" ? 1 : c.inputs[0]!.length - 1]!]]),
  ApplyMomentum: opDef("ApplyMomentum",
    [{ name: "var", typeAttr: "T", isRef: true }, { name: "accum", typeAttr: "T", isRef: true }, arg("lr"), arg("grad"), arg("momentum")],
    [{ name: "out", typeAttr: "T", isRef: true }],
    [typeAttr("T", T.NUMBER_TYPES), { name: "use_locking", kind: "bool", default: false }, { name: "use_nesterov", kind: "bool", default: false }],
    (c) => [mergeShape(mergeShape(c.inputs[0]!, c.inputs[1]!), c.inputs[3]!)]),
  ApplyAdam: opDef("ApplyAdam",
    [{ name: "var", typeAttr: "T", isRef: true }, { name: "m", typeAttr: "T", isRef: true }, { name: "v", typeAttr: "T", isRef: true },
      arg("beta1_power"), arg("beta2_power"), arg("lr"), arg("beta1"), arg("beta2"), arg("epsilon"), arg("grad")],
    [{ name: "out", typeAttr: "T", isRef: true }],
    [typeAttr("T", T.NUMBER_TYPES), { name: "use_locking", kind: "bool", default: false }, { name: "use_nesterov", kind: "bool", default: false }],
    (c) => [mergeShape(mergeShape(mergeShape(c.inputs[0]!, c.inputs[1]!), c.inputs[2]!), c.inputs[9]!)]),
  ApplyAdagrad: opDef("ApplyAdagrad",
    [{ name: "var", typeAttr: "T", isRef: true }, { name: "accum", typeAttr: "T", isRef: true }, arg("lr"), arg("grad")],
    [{ name: "out", typeAttr: "T", isRef: true }],
    [typeAttr("T", T.NUMBER_TYPES), { name: "use_locking", kind: "bool", default: false }, { name: "update_slots", kind: "bool", default: true }],
    (c) => [mergeShape(mergeShape(c.inputs[0]!, c.inputs[1]!), c.inputs[3]!)]),
  // training_ops.cc ApplyRMSPropShapeFn / ApplyCenteredRMSPropShapeFn / ApplyAdadeltaShapeFn: the slots and grad
  // merge with var, the hyperparameters are scalars.
  ApplyRMSProp: opDef("ApplyRMSProp",
    [{ name: "var", typeAttr: "T", isRef: true }, { name: "ms", typeAttr: "T", isRef: true }, { name: "mom", typeAttr: "T", isRef: true },
      arg("lr"), arg("rho"), arg("momentum"), arg("epsilon"), arg("grad")],
    [{ name: "out", typeAttr: "T", isRef: true }],
    [typeAttr("T", T.NUMBER_TYPES), { name: "use_locking", kind: "bool", default: false }],
    (c) => applyShape(c.inputs, 3, 4, 7)),
  ApplyCenteredRMSProp: opDef("ApplyCenteredRMSProp",
    [{ name: "var", typeAttr: "T", isRef: true }, { name: "mg", typeAttr: "T", isRef: true }, { name: "ms", typeAttr: "T", isRef: true },
      { name: "mom", typeAttr: "T", isRef: true }, arg("lr"), arg("rho"), arg("momentum"), arg("epsilon"), arg("grad")],
    [{ name: "out", typeAttr: "T", isRef: true }],
    [typeAttr("T", T.NUMBER_TYPES), { name: "use_locking", kind: "bool", default: false }],
    (c) => applyShape(c.inputs, 4, 4, 8)),
  ApplyAdadelta: opDef("ApplyAdadelta",
    [{ name: "var", typeAttr: "T", isRef: true }, { name: "accum", typeAttr: "T", isRef: true },
      { name: "accum_update", typeAttr: "T", isRef: true }, arg("lr"), arg("rho"), arg("epsilon"), arg("grad")],
    [{ name: "out", typeAttr: "T", isRef: true }],
    [typeAttr("T", T.NUMBER_TYPES), { name: "use_locking", kind: "bool", default: false }],
    (c) => applyShape(c.inputs, 3, 3, 6)),
  // training_ops.cc ApplyProximalGradientDescentShapeFn: var merged with delta, alpha, l1, l2 scalars.
  ApplyProximalGradientDescent: opDef("ApplyProximalGradientDescent",
    [{ name: "var", typeAttr: "T", isRef: true }, arg("alpha"), arg("l1"), arg("l2"), arg("delta")],
    [{ name: "out", typeAttr: "T", isRef: true }],
    [typeAttr("T", T.NUMBER_TYPES), { name: "use_locking", kind: "bool", default: false }],
    (c) => applyShape(c.inputs, 1, 3, 4)),
  ApplyGradientDescent: opDef("ApplyGradientDescent",
    [{ name: "var", typeAttr: "T", isRef: true }, arg("alpha"), arg("delta")], [{ name: "out", typeAttr: "T", isRef: true }],
    [typeAttr("T", T.NUMBER_TYPES), { name: "use_locking", kind: "bool", default: false }],
    (c) => [mergeShape(c.inputs[0]!, c.inputs[2]!)]),
} as const;

/** The Apply* shape functions: `slots` ref inputs merged with var, `scalars` rank-0 inputs after them, then grad. */
function applyShape(inputs: readonly Dims[], slots: number, scalars: number, gradIdx: number): Dims[] {
  let s: Dims = inputs[0]!;
  for (let i = 1; i < slots; i++) s = mergeShape(s, inputs[i]!);
  for (let i = slots; i < slots + scalars; i++) withRank(inputs[i]!, 0);
  return [mergeShape(s, inputs[gradIdx]!)];
}

// The shape refiner evaluates a BroadcastGradientArgs of constant shapes (a Sum's reduction axes).
registerConstantFolder("BroadcastGradientArgs", (t, value) => {
  const [s0, s1] = t.op.inputs.map((i) => value(i)!);
  const r = broadcastReductionIndices(s0!.numbers(), s1!.numbers());
  if (r === null) throw new Unsupported("constant-folding a BroadcastGradientArgs of incompatible shapes");
  const v = r[t.valueIndex]!;
  return new NDArray(s0!.dtype, [v.length], v);
});

/** gen_array_ops.broadcast_gradient_args: the reduction indices of each side (two outputs). */
export function broadcastGradientArgs(s0: OpInput, s1: OpInput, name: string | null = null): [Tensor, Tensor] {
  const op = applyOpDef(GRAD_OPS.BroadcastGradientArgs, name, { s0, s1 });
  return [op.outputs[0]!, op.outputs[1]!];
}

/** gen_math_ops.add_n. */
export const addNOp = (inputs: readonly OpInput[], name: string | null = null): Tensor => applyOp1(GRAD_OPS.AddN, name, { inputs });

/** gen_data_flow_ops.dynamic_stitch. */
export const dynamicStitch = (indices: readonly OpInput[], data: readonly OpInput[], name: string | null = null): Tensor =>
  applyOp1(GRAD_OPS.DynamicStitch, name, { indices, data });

export const reluGrad = (g: OpInput, f: OpInput, name: string | null = null): Tensor => applyOp1(GRAD_OPS.ReluGrad, name, { gradients: g, features: f });
export const sigmoidGrad = (y: OpInput, dy: OpInput, name: string | null = null): Tensor => applyOp1(GRAD_OPS.SigmoidGrad, name, { y, dy });
export const eluGrad = (gradients: OpInput, outputs: OpInput): Tensor => applyOp1(GRAD_OPS.EluGrad, null, { gradients, outputs });
export const softsignGrad = (gradients: OpInput, features: OpInput): Tensor => applyOp1(GRAD_OPS.SoftsignGrad, null, { gradients, features });
export const tanhGrad = (y: OpInput, dy: OpInput, name: string | null = null): Tensor => applyOp1(GRAD_OPS.TanhGrad, name, { y, dy });

/** gen_math_ops.select (`array_ops.where(condition, x, y)` in 1.15): ops/select.ts. */
export { select } from "../ops/select.js";

/** gen_nn_ops.bias_add_grad. */
export const biasAddGrad = (outBackprop: OpInput, dataFormat: string, name: string | null = null): Tensor =>
  applyOp1(GRAD_OPS.BiasAddGrad, name, { out_backprop: outBackprop }, { data_format: dataFormat });

/** training_ops.apply_gradient_descent: the op (TF's `_apply_dense` returns `.op`). */
export function applyGradientDescent(v: OpInput, alpha: OpInput, delta: OpInput, useLocking: boolean, name: string | null = null): Operation {
  return applyOpDef(GRAD_OPS.ApplyGradientDescent, name, { var: v, alpha, delta }, { use_locking: useLocking });
}

/** training_ops.resource_apply_gradient_descent: an op with no outputs on the variable's handle. */
export function resourceApplyGradientDescent(handle: Tensor, alpha: Tensor, delta: Tensor, useLocking: boolean): Operation {
  const g = handle.graph;
  return applyGraphOp(g, "ResourceApplyGradientDescent", null, () => ({
    inputs: [handle, alpha, delta], attrs: { T: delta.dtype.baseDtype, use_locking: useLocking },
  }));
}

/** training_ops.apply_momentum: the op (`_apply_dense` returns `.op`). */
export function applyMomentum(v: OpInput, accum: OpInput, lr: OpInput, grad: OpInput, momentum: OpInput, useLocking: boolean,
  useNesterov: boolean, name: string | null = null): Operation {
  return applyOpDef(GRAD_OPS.ApplyMomentum, name, { var: v, accum, lr, grad, momentum }, { use_locking: useLocking, use_nesterov: useNesterov });
}

/** training_ops.apply_adam: the op. */
export function applyAdam(v: OpInput, m: OpInput, vv: OpInput, beta1Power: OpInput, beta2Power: OpInput, lr: OpInput, beta1: OpInput,
  beta2: OpInput, epsilon: OpInput, grad: OpInput, useLocking: boolean): Operation {
  return applyOpDef(GRAD_OPS.ApplyAdam, null, {
    var: v, m, v: vv, beta1_power: beta1Power, beta2_power: beta2Power, lr, beta1, beta2, epsilon, grad,
  }, { use_locking: useLocking });
}

/** training_ops.apply_adagrad: the op. */
export function applyAdagrad(v: OpInput, accum: OpInput, lr: OpInput, grad: OpInput, useLocking: boolean): Operation {
  return applyOpDef(GRAD_OPS.ApplyAdagrad, null, { var: v, accum, lr, grad }, { use_locking: useLocking });
}

/** training_ops.apply_rms_prop: the op (`_apply_dense` returns `.op`). */
export function applyRMSProp(v: OpInput, ms: OpInput, mom: OpInput, lr: OpInput, rho: OpInput, momentum: OpInput, epsilon: OpInput,
  grad: OpInput, useLocking: boolean): Operation {
  return applyOpDef(GRAD_OPS.ApplyRMSProp, null, { var: v, ms, mom, lr, rho, momentum, epsilon, grad }, { use_locking: useLocking });
}

/** training_ops.apply_centered_rms_prop: the op. */
export function applyCenteredRMSProp(v: OpInput, mg: OpInput, ms: OpInput, mom: OpInput, lr: OpInput, rho: OpInput, momentum: OpInput,
  epsilon: OpInput, grad: OpInput, useLocking: boolean): Operation {
  return applyOpDef(GRAD_OPS.ApplyCenteredRMSProp, null, { var: v, mg, ms, mom, lr, rho, momentum, epsilon, grad }, { use_locking: useLocking });
}

/** training_ops.apply_adadelta: the op (`_apply_dense` returns its output; the group takes its op). */
export function applyAdadelta(v: OpInput, accum: OpInput, accumUpdate: OpInput, lr: OpInput, rho: OpInput, epsilon: OpInput, grad: OpInput,
  useLocking: boolean): Operation {
  return applyOpDef(GRAD_OPS.ApplyAdadelta, null, { var: v, accum, accum_update: accumUpdate, lr, rho, epsilon, grad }, { use_locking: useLocking });
}

/** training_ops.apply_proximal_gradient_descent: the op (`_apply_dense` returns `.op`). */
export function applyProximalGradientDescent(v: OpInput, alpha: OpInput, l1: OpInput, l2: OpInput, delta: OpInput, useLocking: boolean): Operation {
  return applyOpDef(GRAD_OPS.ApplyProximalGradientDescent, null, { var: v, alpha, l1, l2, delta }, { use_locking: useLocking });
}

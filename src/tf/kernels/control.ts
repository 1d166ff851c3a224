/** TF1 control flow (control_flow_ops.cc: Switch forwards its data to one of two outputs; Merge is in the executor) and Assert. */
import type { NDArray } from "../../numpy/ndarray.js";
import { Unsupported } from "../errors.js";
import { type KernelContext, registerKernel } from "./registry.js";
import { DEAD, type Value } from "./values.js";

const forward = (ctx: KernelContext): readonly Value[] => {
  const pred = (ctx.inputs[1] as NDArray).numbers()[0] !== 0;
  return pred ? [DEAD, ctx.inputs[0]!] : [ctx.inputs[0]!, DEAD];
};

registerKernel("Switch", { compute: forward });
// RefSwitch forwards the reference itself: an uninitialized variable on the untaken side is never read.
registerKernel("RefSwitch", { refInputs: [0], allowsUninitialized: true, compute: forward });

registerKernel(["Merge", "RefMerge"], { compute: () => { throw new Error("Merge is evaluated by the executor"); } });

// The loop ops (control_flow_ops.cc): Enter, NextIteration and LoopCond forward their input; the
// executor moves values between frames (session.ts runLoop) and evaluates Exit itself.
const pass = (ctx: KernelContext): readonly Value[] => [ctx.inputs[0]!];
registerKernel(["Enter", "NextIteration", "LoopCond"], { compute: pass });
registerKernel(["RefEnter", "RefNextIteration", "RefIdentity"], { refInputs: [0], allowsUninitialized: true, compute: pass });
registerKernel(["Exit", "RefExit"], { compute: () => { throw new Error("Exit is evaluated by the executor"); } });

registerKernel("Assert", {
  compute: (ctx) => {
    if ((ctx.inputs[0] as NDArray).numbers()[0] !== 0) return [];
    throw new Unsupported("the message of a failing tf.Assert (TF's SummarizeValue formatting)");
  },
});

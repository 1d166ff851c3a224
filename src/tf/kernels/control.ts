/** TF1 control flow (control_flow_ops.cc): Switch forwards its data to one of two outputs. Merge is in the executor. */
import type { NDArray } from "../../numpy/ndarray.js";
import { registerKernel } from "./registry.js";
import { DEAD } from "./values.js";

registerKernel(["Switch", "RefSwitch"], {
  compute: (ctx) => {
    const pred = (ctx.inputs[1] as NDArray).numbers()[0] !== 0;
    return pred ? [DEAD, ctx.inputs[0]] : [ctx.inputs[0], DEAD];
  },
});

registerKernel("Merge", { compute: () => { throw new Error("Merge is evaluated by the executor"); } });

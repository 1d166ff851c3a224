/** ReverseV2 (tensorflow/core/kernels/reverse_op.cc): the elements reversed along each given axis. */
import { NDArray, stridesOf } from "../../numpy/ndarray.js";
import { TFError } from "../errors.js";
import { registerKernel } from "./registry.js";

registerKernel("ReverseV2", {
  compute: (ctx) => {
    const a = ctx.inputs[0] as NDArray;
    const axes = (ctx.inputs[1] as NDArray).numbers();
    const rank = a.ndim;
    const flip = new Array<boolean>(rank).fill(false);
    for (const x of axes) {
      const c = x < 0 ? x + rank : x;
      // reverse_op.cc ReverseV2Op::Compute.
      if (c < 0 || c >= rank) throw new TFError("InvalidArgumentError", `'axis'[${axes.indexOf(x)}] = ${x} is out of valid range [0, ${rank - 1}`);
      if (flip[c]) throw new TFError("InvalidArgumentError", `axis ${c} specified more than once.`);
      flip[c] = true;
    }
    const strides = stridesOf(a.shape);
    const out = a.data.map((_, i) => {
      let src = 0, rest = i;
      for (let k = 0; k < rank; k++) {
        const idx = Math.floor(rest / strides[k]!);
        rest -= idx * strides[k]!;
        src += (flip[k] ? a.shape[k]! - 1 - idx : idx) * strides[k]!;
      }
      return a.data[src]!;
    });
    return [new NDArray(a.dtype, a.shape, out)];
  },
});

/**
 * Random ops (random_op.cc): uniform [0, 1), standard normal, normal truncated at two standard
 * deviations, and uniform integers in [minval, maxval). Values are valid samples of the right
 * distribution, never TF's Philox digits; outputs are marked random.
 */
import { type NDArray, fromFunction } from "../../numpy/ndarray.js";
import { TFError } from "../errors.js";
import { numpyDTypeOf } from "../ops/tensor-proto.js";
import { type KernelContext, registerKernel, streamFor, typeAttr } from "./registry.js";

function shapeInput(ctx: KernelContext): number[] {
  const dims = (ctx.inputs[0] as NDArray).numbers();
  dims.forEach((d) => {
    if (d < 0) throw new TFError("InvalidArgumentError", `Dimension ${d} must be >= 0`);
  });
  return dims;
}

function sampler(draw: (ctx: KernelContext) => () => number, dtypeAttr = "dtype") {
  return (ctx: KernelContext) => {
    const next = draw(ctx);
    return { outputs: [fromFunction(numpyDTypeOf(typeAttr(ctx.op, dtypeAttr)), shapeInput(ctx), () => next())], random: true };
  };
}

registerKernel("RandomUniform", { compute: sampler((ctx) => { const s = streamFor(ctx); return () => s.uniform(); }) });
registerKernel("RandomStandardNormal", { compute: sampler((ctx) => { const s = streamFor(ctx); return () => s.normal(); }) });
registerKernel("TruncatedNormal", { compute: sampler((ctx) => { const s = streamFor(ctx); return () => s.truncatedNormal(); }) });

registerKernel("RandomUniformInt", {
  compute: sampler((ctx) => {
    const lo = (ctx.inputs[1] as NDArray).numbers()[0], hi = (ctx.inputs[2] as NDArray).numbers()[0];
    if (!(lo < hi)) throw new TFError("InvalidArgumentError", `Need minval < maxval, got ${lo} >= ${hi}`);
    const s = streamFor(ctx);
    return () => s.integer(lo, hi);
  }, "Tout"),
});

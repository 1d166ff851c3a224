/**
 * Random ops (kernels/random_op.cc) on TF's own Philox pipeline (see philox.ts). Seeded uniform
 * floats and integers reproduce TF's values exactly; unseeded ones are random (TF seeds from the OS),
 * and normal samples may differ from TF in the last float digit, so those outputs are marked random.
 */
import { type DType as NpDType, coerce } from "../../numpy/dtype.js";
import { NDArray } from "../../numpy/ndarray.js";
import { TFError, Unsupported } from "../errors.js";
import { numpyDTypeOf } from "../ops/tensor-proto.js";
import { type KernelContext, type KernelResult, registerKernel, reserveSamples, typeAttr, unseeded } from "./registry.js";
import { RANDOM } from "./values.js";
import { boxMullerDouble, boxMullerFloat, fillFixed, fillVariable, uint32ToFloat, uint64ToDouble } from "./philox.js";

function shapeInput(ctx: KernelContext): number[] {
  const dims = (ctx.inputs[0] as NDArray).numbers();
  for (const d of dims) if (d < 0) throw new TFError("InvalidArgumentError", `Dimension ${d} must be >= 0`);
  return dims;
}

function floatType(ctx: KernelContext, attrName: string): NpDType {
  const d = numpyDTypeOf(typeAttr(ctx.op, attrName));
  if (d !== "float32" && d !== "float64") throw new Unsupported(`${ctx.op.type} with dtype ${d}`);
  return d;
}

function result(dtype: NpDType, shape: number[], values: number[], random: boolean): KernelResult {
  return { outputs: [new NDArray(dtype, shape, values.map((v) => coerce(dtype, v)))], taint: random ? RANDOM : 0 };
}

registerKernel("RandomUniform", {
  compute: (ctx) => {
    const shape = shapeInput(ctx), dtype = floatType(ctx, "dtype");
    const size = shape.reduce((p, q) => p * q, 1);
    const gen = reserveSamples(ctx, size);
    const values = dtype === "float32"
      ? fillFixed(gen, size, (w) => Array.from(w, uint32ToFloat))
      : fillFixed(gen, size, (w) => [uint64ToDouble(w[0], w[1]), uint64ToDouble(w[2], w[3])]);
    return result(dtype, shape, values, unseeded(ctx));
  },
});

registerKernel("RandomStandardNormal", {
  compute: (ctx) => {
    const shape = shapeInput(ctx), dtype = floatType(ctx, "dtype");
    const size = shape.reduce((p, q) => p * q, 1);
    const gen = reserveSamples(ctx, size);
    const values = dtype === "float32"
      ? fillFixed(gen, size, (w) => [...boxMullerFloat(w[0], w[1]), ...boxMullerFloat(w[2], w[3])])
      : fillFixed(gen, size, (w) => boxMullerDouble(w[0], w[1], w[2], w[3]));
    return result(dtype, shape, values, true);
  },
});

registerKernel("TruncatedNormal", {
  compute: (ctx) => {
    const shape = shapeInput(ctx), dtype = floatType(ctx, "dtype");
    const size = shape.reduce((p, q) => p * q, 1);
    const gen = reserveSamples(ctx, size);
    // TruncatedNormalDistribution: Box–Muller pairs, keeping |x| < 2, until the group is full.
    const group = dtype === "float32" ? 4 : 2;
    const values = fillVariable(gen, size, group, (word) => {
      const out: number[] = [];
      while (out.length < group) {
        const pair = dtype === "float32" ? boxMullerFloat(word(), word()) : boxMullerDouble(word(), word(), word(), word());
        for (const v of pair) if (Math.abs(v) < 2 && out.length < group) out.push(v);
      }
      return out;
    });
    return result(dtype, shape, values, true);
  },
});

registerKernel("RandomUniformInt", {
  compute: (ctx) => {
    const shape = shapeInput(ctx);
    const dtype = numpyDTypeOf(typeAttr(ctx.op, "Tout"));
    const lo = (ctx.inputs[1] as NDArray).numbers()[0], hi = (ctx.inputs[2] as NDArray).numbers()[0];
    if (!(lo < hi)) throw new TFError("InvalidArgumentError", `Need minval < maxval, got ${lo} >= ${hi}`);
    const size = shape.reduce((p, q) => p * q, 1);
    const gen = reserveSamples(ctx, size);
    let values: number[];
    if (dtype === "int32") {
      // UniformDistribution<int32>: lo + word % (hi - lo), the range taken as uint32.
      const range = (hi - lo) >>> 0;
      values = fillFixed(gen, size, (w) => Array.from(w, (x) => lo + (x % range)));
    } else {
      const range = BigInt(hi) - BigInt(lo);
      values = fillFixed(gen, size, (w) => [0, 1].map((i) =>
        lo + Number(((BigInt(w[2 * i]) | (BigInt(w[2 * i + 1]) << 32n)) % range))));
    }
    return result(dtype, shape, values, unseeded(ctx));
  },
});

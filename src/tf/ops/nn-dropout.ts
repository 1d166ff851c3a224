/**
 * `tf.nn.dropout` (nn_ops.py dropout → dropout_v2 in TF 1.15): a uniform draw over the noise shape,
 * kept where it is >= rate, the input scaled by 1 / (1 - rate). Ops under `dropout/`: `rate`, the
 * noise shape, `random_uniform`, `sub` (1 - rate), `truediv` (its inverse), `GreaterEqual`, `mul`,
 * `Cast`, `mul_1`.
 */
import { tfError } from "../errors.js";
import { shapeStr } from "../format.js";
import { TensorShape } from "../shape.js";
import { Tensor } from "../tensor.js";
import { shape } from "./array.js";
import { constantValue } from "./constant-value.js";
import { type OpInput, convertToTensor, pyValueOf } from "./convert.js";
import { cast, greaterEqual, tensorOperator } from "./math.js";
import { type PyValue, pyInt, pyList } from "./pyvalue.js";
import { randomUniform } from "./random.js";
import { withNameScope } from "./scope.js";

/** Python's `"%g" % x` for the rate in dropout's message. */
function percentG(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e6) return String(x);
  const s = x.toPrecision(6);
  const [mant, exp] = s.split("e");
  const m = mant!.includes(".") ? mant!.replace(/0+$/, "").replace(/\.$/, "") : mant!;
  if (exp === undefined) return m;
  const e = Number(exp);
  return `${m}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

/** `numbers.Real`: Python ints, floats and bools, numpy's real scalars. */
function realOf(v: PyValue | null): number | null {
  if (v === null) return null;
  if (v.kind === "int") return Number(v.value);
  if (v.kind === "float") return v.value;
  if (v.kind === "bool") return v.value ? 1 : 0;
  if (v.kind === "ndarray" && v.scalar && v.array.dtype !== "bytes") return Number(v.array.data[0]);
  return null;
}

/** nn_ops._get_noise_shape: the input's shape when none is given; a shape-like list gets the input's
 *  known dims where it says None; anything else (a tensor, a list holding tensors) goes on as is. */
function noiseShapeOf(x: Tensor, noiseShape: OpInput | null): OpInput {
  if (noiseShape === null) return shape(x);
  const py = pyValueOf(noiseShape);
  if (py === null || (py.kind !== "list" && py.kind !== "tuple")) return noiseShape;
  if (!py.items.every((i) => i.kind === "none" || i.kind === "int")) return noiseShape;
  const wanted = py.items.map((i) => (i.kind === "int" ? Number(i.value) : null));
  const dims = x.shape.dims;
  if (dims === null || dims.length !== wanted.length) return noiseShape;
  const merged = wanted.map((w, i) => (w === null && dims[i]!.value !== null ? dims[i]!.value : w));
  // random_uniform converts the TensorShape (_tensor_shape_tensor_conversion_function).
  if (merged.some((m) => m === null)) throw tfError({ type: "ValueError", text: `Cannot convert a partially known TensorShape to a Tensor: ${shapeStr(new TensorShape(merged))}` });
  return pyList(merged.map((m) => pyInt(m!)));
}

export interface DropoutOptions {
  noiseShape?: OpInput | null;
  seed?: number | null;
  name?: string | null;
}

/** `tf.nn.dropout(x, rate=...)` (dropout_v2) in graph mode. */
export function dropout(x: OpInput, rate: OpInput, o: DropoutOptions = {}): Tensor {
  return withNameScope(o.name ?? null, "dropout", [x], () => {
    const xt = convertToTensor(x, { name: "x" });
    if (!xt.dtype.isFloating) {
      throw tfError({ type: "ValueError", text: `x has to be a floating point tensor since it's going to be scaled. Got a ${xt.dtype.repr()} tensor instead.` });
    }
    const real = realOf(pyValueOf(rate));
    if (real !== null) {
      if (!(real >= 0 && real < 1)) throw tfError({ type: "ValueError", text: `rate must be a scalar tensor or a float in the range [0, 1), got ${percentG(real)}` });
      if (real === 0) return xt;
    }
    const r = convertToTensor(rate, { dtype: xt.dtype, name: "rate" });
    r.shape.assertHasRank(0);
    const known = constantValue(r);
    if (known !== null && Number(known.data[0]) === 0) return xt;
    const random = randomUniform(noiseShapeOf(xt, o.noiseShape ?? null), pyInt(0), null, { seed: o.seed ?? null, dtype: xt.dtype });
    const keepProb = tensorOperator("sub", r, pyInt(1), true);
    const scale = tensorOperator("truediv", keepProb, pyInt(1), true);
    const keepMask = greaterEqual(random, r);
    const ret = tensorOperator("mul", tensorOperator("mul", xt, scale), cast(keepMask, xt.dtype));
    ret.setShape(xt.shape);
    return ret;
  });
}

/**
 * repr() and str() of eager values as TF 2.10 prints them: EagerTensors (ops.py 1093-1099, `value_text`
 * and `numpy_text` 227-263) and eager ResourceVariables (resource_variable_ops.py 445-462). The value
 * part is numpy's own repr/str of `t.numpy()` — a numpy scalar for a 0-d tensor — moved to a line of
 * its own when it spans several.
 */
import { arrayRepr, arrayStr } from "../../numpy/arrayprint.js";
import type { NDArray } from "../../numpy/ndarray.js";
import { scalarRepr } from "../../numpy/scalarrepr.js";
import { executingEagerly } from "../context.js";
import { type VariableLike, shapeStr, variableRepr } from "../format.js";
import type { EagerTensor } from "./eager-tensor.js";

/** ops.py `numpy_text`. */
function numpyText(value: NDArray, isRepr: boolean): string {
  const text = value.ndim === 0 ? scalarRepr(value.data[0]!, value.dtype) : isRepr ? arrayRepr(value) : arrayStr(value);
  return text.includes("\n") ? `\n${text}` : text;
}

/** `str(t)`: `tf.Tensor([1. 2.], shape=(2,), dtype=float32)`. */
export function eagerTensorStr(t: EagerTensor): string {
  return `tf.Tensor(${numpyText(t.value, false)}, shape=${shapeStr(t.shape)}, dtype=${t.dtype.name})`;
}

/** `repr(t)`: `<tf.Tensor: shape=(2,), dtype=float32, numpy=array([1., 2.], dtype=float32)>`. */
export function eagerTensorRepr(t: EagerTensor): string {
  return `<tf.Tensor: shape=${shapeStr(t.shape)}, dtype=${t.dtype.name}, numpy=${numpyText(t.value, true)}>`;
}

/** `repr(v)` of a variable created eagerly: with `numpy=` while execution is eager at the time of the
 *  repr (it reads the variable), without it inside a graph context. */
export function eagerVariableRepr(v: VariableLike & { readonly initialValue: unknown }): string {
  if (!executingEagerly()) return variableRepr(v);
  return variableRepr(v, numpyText((v.initialValue as EagerTensor).value, true));
}

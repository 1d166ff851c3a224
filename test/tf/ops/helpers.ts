/**
 * Test support for the op catalogue: a fresh TF 1.15 world with the real catalogue installed, a
 * `with` helper, and short constructors for Python values.
 */
import { getDefaultGraph, resetRuntime, within } from "../../../src/tf/index.js";
import "../../../src/tf/ops/index.js";
import { type PyValue, pyFloat, pyInt, pyList } from "../../../src/tf/ops/index.js";

/** A fresh TF world (profile 1.15 unless told otherwise). */
export function fresh(profile: "1.15" | "2" | "0.12" = "1.15"): void {
  resetRuntime(profile);
}

/** `with cm as x: body(x)` — exit runs even when body throws. */
export const withCm = within;

/** Op names of the default graph in creation order. */
export function opNames(): string[] {
  return getDefaultGraph().getOperations().map((o) => o.name);
}

/** `name:type` for every op, in creation order. */
export function opSummary(): string[] {
  return getDefaultGraph().getOperations().map((o) => `${o.name}:${o.type}`);
}

/** Python ints / floats and lists of them: `ints(1, 2)` is `[1, 2]`. */
export const ints = (...v: number[]): PyValue => pyList(v.map((x) => pyInt(x)));
export const floats = (...v: number[]): PyValue => pyList(v.map((x) => pyFloat(x)));
export const i = (v: number): PyValue => pyInt(v);
export const fl = (v: number): PyValue => pyFloat(v);

/** The message of the TFError `fn` throws, prefixed with its Python type. */
export function pyError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    const err = e as { pyType?: string; message: string; name: string };
    return `${err.pyType ?? err.name}: ${err.message}`;
  }
  throw new Error("expected an error");
}

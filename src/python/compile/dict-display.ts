/**
 * Dict displays (`{k: v, **m}`), built in the steps CPython 3.11's bytecode takes, since the order in
 * which keys are evaluated and hashed decides which error a display raises first. Python/compile.c
 * (compiler_dict, compiler_subdict) evaluates each run of `k: v` pairs between `**` items and then
 * builds it (BUILD_MAP n): every key and value is evaluated before any key is hashed. A run of more than
 * STACK_USE_GUIDELINE / 2 pairs is split, and a run that long is built item by item (MAP_ADD).
 */
import type * as A from "../ast.js";
import type { PyValue } from "../objects/base.js";
import { PyDict } from "../objects/values.js";
import { compileExpr, mergeMapping } from "./expressions.js";
import { STACK_USE_GUIDELINE } from "./set-display.js";
import type { Ctx } from "./context.js";
import type { Frame } from "../frame.js";

type E = (f: Frame) => PyValue;
type Chunk = { unpack: E } | { keys: E[]; values: E[]; big: boolean };

export function compileDictDisplay(e: A.Dict, cx: Ctx): E {
  const chunks = plan(e, cx);
  return (f) => {
    const d = new PyDict();
    for (const c of chunks) {
      if ("unpack" in c) mergeMapping(d, c.unpack(f), null);
      else if (c.big) for (let i = 0; i < c.keys.length; i++) d.table.set(c.keys[i]!(f), c.values[i]!(f));
      else {
        const kv: PyValue[] = [];
        for (let i = 0; i < c.keys.length; i++) kv.push(c.keys[i]!(f), c.values[i]!(f));
        for (let i = 0; i < kv.length; i += 2) d.table.set(kv[i]!, kv[i + 1]!);
      }
    }
    return d;
  };
}

/** compiler_dict's split of the display into runs of pairs and `**` items. */
function plan(e: A.Dict, cx: Ctx): Chunk[] {
  const chunks: Chunk[] = [];
  const run = (begin: number, end: number) => {
    const keys: E[] = [];
    const values: E[] = [];
    for (let i = begin; i < end; i++) {
      keys.push(compileExpr(e.keys[i]!, cx));
      values.push(compileExpr(e.values[i]!, cx));
    }
    chunks.push({ keys, values, big: (end - begin) * 2 > STACK_USE_GUIDELINE });
  };
  let elements = 0;
  const n = e.values.length;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) run(i - elements, i);
      elements = 0;
      chunks.push({ unpack: compileExpr(e.values[i]!, cx) });
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      run(i - elements, i + 1);
      elements = 0;
    } else elements++;
  }
  if (elements) run(n - elements, n);
  return chunks;
}

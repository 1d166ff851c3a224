import type * as A from "../ast.js";
import type { PyValue } from "../objects/base.js";
import { getAttr } from "../ops/attr.js";
import { call } from "../ops/call.js";
import { str } from "../ops/convert.js";
import { rt } from "../state.js";
import type { Ctx, S } from "./context.js";
import { compileExpr } from "./expressions.js";

/** Python 2's `softspace` flag per output file (the default stdout is keyed by null). */
const softspace = new WeakMap<object, boolean>();
const STDOUT = {};

/**
 * Python 2's print statement: items separated by one space, where a space is owed before an item when the
 * previous print ended with a comma (softspace), unless the text written last ended in a newline or tab.
 */
export function compilePrint2(s: A.Print2, cx: Ctx): S {
  const dest = s.dest ? compileExpr(s.dest, cx) : null;
  const values = s.values.map((v) => compileExpr(v, cx));
  const nl = s.nl;
  return (f) => {
    const file = dest ? dest(f) : null;
    const write = file === null ? (t: string) => rt.stdout(t) : (t: string) => void call(getAttr(file, "write"), [t]);
    const key = (file ?? STDOUT) as object;
    for (const v of values) {
      const text = str(v(f) as PyValue);
      if (softspace.get(key)) write(" ");
      write(text);
      const last = text[text.length - 1];
      softspace.set(key, !(text.length > 0 && (last === "\n" || last === "\t" || (last !== " " && /\s/.test(last!)))));
    }
    if (nl) {
      write("\n");
      softspace.set(key, false);
    }
    return undefined;
  };
}

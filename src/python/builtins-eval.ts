/**
 * The builtin `eval(source, globals=None, locals=None)` for expression strings: parsed and compiled
 * as a module whose only statement binds the expression's value, run in a frame over the given
 * globals, or the caller's (its locals laid over a copy of its globals, so names resolve as in
 * CPython: locals, then globals, then builtins). What it does not model — code objects, statements
 * (CPython's SyntaxError wording), a locals mapping other than a dict — is refused by name.
 */
import type * as A from "./ast.js";
import { compileModule } from "./compile/module.js";
import { Frame, SourceLines } from "./frame.js";
import { enterFrame, leaveFrame, recordTraceback } from "./limits.js";
import { type PyValue, None } from "./objects/base.js";
import { SyntaxError, TypeError, pyErr, unsupported } from "./objects/exceptions.js";
import { PyBytes, PyDict } from "./objects/values.js";
import { parse } from "./parse/index.js";
import { PySyntaxError } from "./parse/syntax-error.js";
import { rt } from "./state.js";

const RESULT = "__tfscope_eval_result__";

function namespaceOf(d: PyValue, what: string): Map<string, PyValue> {
  if (!(d instanceof PyDict)) {
    throw pyErr(TypeError, what === "globals" ? "globals must be a dict" : "locals must be a mapping");
  }
  const m = new Map<string, PyValue>();
  for (const { k, v } of d.table.entries()) {
    if (typeof k !== "string") throw unsupported("eval() with a namespace holding non-string keys");
    m.set(k, v);
  }
  return m;
}

export function builtinEval(
  args: PyValue[],
  callerLocals: () => PyDict,
  builtins: Map<string, PyValue>,
): PyValue {
  if (args.length < 1 || args.length > 3) throw pyErr(TypeError, `eval expected at most 3 arguments, got ${args.length}`);
  let src = args[0]!;
  if (src instanceof PyBytes) src = new TextDecoder().decode(src.bytes);
  if (typeof src !== "string") throw pyErr(TypeError, "eval() arg 1 must be a string, bytes or code object");
  // CPython strips leading spaces and tabs of an eval'd string.
  const source = src.replace(/^[ \t]+/, "");
  const g = args[1] === undefined || args[1] === None ? null : args[1];
  const l = args[2] === undefined || args[2] === None ? null : args[2];
  let ns: Map<string, PyValue>;
  if (g === null) {
    const f = rt.frame!;
    ns = new Map(f.g);
    for (const [k, v] of namespaceOf(l ?? callerLocals(), "locals")) ns.set(k, v);
  } else {
    if (l !== null && l !== g) throw unsupported("eval() with separate globals and locals");
    ns = namespaceOf(g, "globals");
  }
  let mod: A.Module;
  try {
    mod = parse(source, { filename: "<string>" }).module;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      const err = pyErr(SyntaxError, e.message);
      err.dict!.set("filename", "<string>");
      err.dict!.set("lineno", e.line);
      err.dict!.set("offset", e.col + 1);
      err.dict!.set("text", e.lineText);
      throw err;
    }
    throw e;
  }
  const stmt = mod.body[0];
  if (mod.body.length !== 1 || stmt === undefined || stmt.kind !== "Expr") throw unsupported("eval() of statements (CPython's SyntaxError)");
  const at = { line: stmt.line, col: stmt.col, endLine: stmt.endLine, endCol: stmt.endCol };
  const assign: A.Assign = { kind: "Assign", targets: [{ kind: "Name", id: RESULT, ctx: "Store", ...at }], value: stmt.value, ...at };
  const lines = new SourceLines(source);
  const c = compileModule({ ...mod, body: [assign] }, { filename: "<string>", lines, lineOffset: 0, hidden: false, builtins, python2: false });
  const frame = new Frame(c.code, [], ns, null, null);
  enterFrame(frame);
  try {
    c.run(frame);
  } catch (e) {
    throw recordTraceback(e, frame);
  } finally {
    leaveFrame(frame);
  }
  // Names the caller's dict gains (none for an expression, bar walrus targets) go back to it.
  if (g instanceof PyDict) for (const [k, v] of ns) if (k !== RESULT) g.table.set(k, v);
  return ns.get(RESULT)!;
}

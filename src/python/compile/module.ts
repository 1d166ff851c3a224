import type * as A from "../ast.js";
import type { CodeInfo, Frame, SourceLines } from "../frame.js";
import type { PyValue } from "../objects/base.js";
import type { Ctx } from "./context.js";
import { ScopeInfo, analyze } from "./scope.js";
import { compileBlock } from "./statements.js";

/** A compiled module body: run it in a frame whose globals are the module namespace. */
export interface CompiledModule {
  code: CodeInfo;
  run: (f: Frame) => void;
}

/** Compiles a parsed module (scope analysis, then closures). Throws PySyntaxError for scope errors. */
export function compileModule(
  mod: A.Module,
  opts: {
    filename: string;
    lines: SourceLines;
    lineOffset: number;
    hidden: boolean;
    builtins: Map<string, PyValue>;
    python2: boolean;
    interactive?: boolean;
    /** Show the value of a last expression statement (IPython's cell mode): see Ctx.displayLast. */
    display?: (repr: string) => void;
  },
): CompiledModule {
  const info = new ScopeInfo(opts.filename, opts.lines);
  const scope = analyze(mod, info);
  const code: CodeInfo = {
    filename: opts.filename,
    name: "<module>",
    lines: opts.lines,
    lineOffset: opts.lineOffset,
    hidden: opts.hidden,
  };
  const last = mod.body[mod.body.length - 1];
  const displayLast = opts.display && last?.kind === "Expr" ? { stmt: last, show: opts.display } : undefined;
  const futureAnnotations = mod.body.some((s) => s.kind === "ImportFrom" && s.module === "__future__" && s.names.some((n) => n.name === "annotations"));
  const cx: Ctx = { info, scope, code, builtins: opts.builtins, python2: opts.python2, interactive: opts.interactive, displayLast, futureAnnotations };
  const block = compileBlock(mod.body, cx);
  // A leading string literal is the module's docstring (__doc__), as CPython sets it before running.
  const first = mod.body[0];
  const doc = first?.kind === "Expr" && first.value.kind === "Constant" && first.value.value.type === "str" ? first.value.value.value : null;
  return {
    code,
    run: (f) => {
      if (doc !== null) f.g.set("__doc__", doc);
      block(f);
    },
  };
}

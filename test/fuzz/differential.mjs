/**
 * The CPython differential test: tfscope's outcome of a program next to CPython 3.11's (from
 * cpython-oracle.py), and the short list of differences that are tfscope's by design.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { FUZZ_LIMITS } from "./harness.mjs";

const SYNTAX_KINDS = new Set(["SyntaxError", "IndentationError", "TabError"]);

/** tfscope's verdict on `src` in the oracle's shape: {syntax} or {stdout, exception}; mode as the oracle's. */
export function ours(lib, src, mode) {
  try {
    lib.parse(src, { filename: "<fuzz>" });
  } catch (e) {
    if (e instanceof lib.PySyntaxError) return { syntax: { type: e.kind, message: e.message, line: e.line } };
    if (e instanceof lib.PyUnsupportedError) return { unsupported: e.feature };
    if (lib.PyCompileError && e instanceof lib.PyCompileError) return { syntax: { type: e.type, message: e.message, line: e.line } };
    return { internal: String(e) };
  }
  if (mode === "compile") return { syntax: null };
  const r = lib.runPython(src, { filename: "<fuzz>", limits: FUZZ_LIMITS });
  if (r.exception?.type === "InternalError") return { internal: r.exception.message };
  if (r.unsupported) return { unsupported: r.unsupported.feature };
  // The step and time limits are tfscope's: CPython would go on.
  if (r.exception?.type === "StepLimitExceeded") return { unsupported: r.exception.message };
  if (r.exception && SYNTAX_KINDS.has(r.exception.type) && r.exception.line !== undefined && r.stdout === "" && !r.stderr.includes("Traceback"))
    return { syntax: { type: r.exception.type, message: r.exception.message, line: r.exception.line } };
  return { stdout: r.stdout, exception: r.exception ? { type: r.exception.type, message: r.exception.message } : null };
}

/**
 * Differences that are tfscope's by design, each a predicate over (src, cpython, ours):
 * - MemoryError where CPython builds the object: tfscope caps one list/str at memoryCells items (the fuzz
 *   runs use 5 million) rather than exhaust the machine;
 * - CPython's parser gives up with MemoryError on some inputs nested thousands deep (its C stack guard),
 *   where tfscope reports the nesting as CPython's compiler does;
 * - object addresses (`<filter object at 0x7f...>`): tfscope numbers objects its own way.
 */
const ADDRESS = /0x[0-9a-f]{6,}/g;
export const BY_DESIGN = [
  {
    why: "object addresses",
    test: (c, o) => c.stdout !== undefined && o.stdout !== undefined && c.stdout !== o.stdout && c.stdout.replace(ADDRESS, "0x") === o.stdout.replace(ADDRESS, "0x"),
  },
  { why: "tfscope's memory cap", test: (c, o) => o.exception?.type === "MemoryError" && c.exception?.type !== "MemoryError" },
  { why: "CPython parser's MemoryError on deep nesting", test: (c) => c.syntax?.type === "MemoryError" },
];

/** Compares one outcome pair: "same", "by-design: ...", "unsupported", or a mismatch kind. */
export function compare(cpython, o, mode) {
  const c = mode === "compile" ? { syntax: cpython } : cpython;
  if (o.internal) return "internal-error";
  if (o.unsupported !== undefined) return "unsupported";
  for (const d of BY_DESIGN) if (d.test(c, o)) return `by-design: ${d.why}`;
  if (mode === "compile" || c.syntax || o.syntax) {
    const a = c.syntax;
    const b = o.syntax;
    if (!a !== !b) return "syntax-verdict";
    if (!a) return "same";
    if (a.type !== b.type || a.message !== b.message) return "syntax-message";
    if (a.line !== null && a.line !== b.line) return "syntax-line";
    return "same";
  }
  if (c.stdout !== o.stdout) return "stdout";
  const ce = c.exception;
  const oe = o.exception;
  if (!ce !== !oe) return "exception";
  if (ce && (ce.type !== oe.type || ce.message !== oe.message)) return ce.type === oe.type ? "exception-message" : "exception";
  return "same";
}

/** A running `python3 cpython-oracle.py`: ask(src, mode) resolves to CPython's result. */
export function startOracle(python = "python3") {
  const child = spawn(python, [new URL("./cpython-oracle.py", import.meta.url).pathname], {
    env: { ...process.env, PYTHONHASHSEED: "0" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const waiting = [];
  createInterface({ input: child.stdout }).on("line", (l) => waiting.shift()?.(JSON.parse(l).result));
  return {
    ask(src, mode) {
      return new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin.write(JSON.stringify({ src, mode }) + "\n");
      });
    },
    close() {
      child.stdin.end();
    },
  };
}

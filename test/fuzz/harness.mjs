/**
 * The fuzzer's properties, over a library object (`lib`: the TypeScript sources under vitest, dist/ in
 * the long run), so the short run in `npm test` and `npm run fuzz` check the same things:
 *  - no JS exception escapes the parser, the interpreter (with TF), `check` or `explain`;
 *  - every `check` report lists every Python code block of the document;
 *  - on generated programs, stdout and the uncaught exception equal CPython's (see differential.mjs).
 */

/** Limits for fuzzed runs: small enough that a runaway input ends in well under a second. */
export const FUZZ_LIMITS = { steps: 2_000_000, seconds: 5, memoryCells: 5_000_000 };

/** A failure of a property: which one, and the input that shows it. */
export function failure(kind, input, detail) {
  return { kind, input, detail };
}

function thrown(e) {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** Runs `src` as `tfscope run` would; returns a failure or null. */
export function runProperty(lib, src) {
  let r;
  try {
    r = lib.runTf(src, { filename: "fuzz.py", limits: FUZZ_LIMITS });
  } catch (e) {
    return failure("escaped-exception", src, thrown(e));
  }
  if (r.exception?.type === "InternalError") return failure("internal-error", src, r.exception.message);
  // A JS value or JS wording leaking into a Python message is the same bug, caught later.
  if (r.exception && /Cannot read properties|is not a function|\bundefined\b|\bNaN\b|\[object /.test(r.exception.message))
    return failure("js-text-in-message", src, `${r.exception.type}: ${r.exception.message}`);
  return null;
}

/** Parses `src` alone (the parser's own property: only its three error classes leave it). */
export function parseProperty(lib, src) {
  try {
    lib.parse(src, { filename: "fuzz.py" });
  } catch (e) {
    if (e instanceof lib.PySyntaxError || e instanceof lib.PyUnsupportedError || (lib.PyCompileError && e instanceof lib.PyCompileError)) return null;
    return failure("parser-exception", src, thrown(e));
  }
  return null;
}

/** Explains `src`; nothing may escape. */
export function explainProperty(lib, src) {
  try {
    lib.explainSnippet(src, { filename: "fuzz.py" });
  } catch (e) {
    return failure("explain-exception", src, thrown(e));
  }
  return null;
}

/** Checks a generated document: nothing escapes, no snippet is an internal error, every block is listed (an empty one as a note). */
export function checkProperty(lib, doc) {
  let d;
  try {
    d = lib.checkDocument("fuzz.md", doc.text, { sessionFactory: lib.sessionFactory });
  } catch (e) {
    return failure("check-exception", doc.text, thrown(e));
  }
  const bad = d.snippets.find((s) => s.status === "internal-error");
  if (bad) return failure("check-internal-error", doc.text, bad.diagnostics.map((x) => x.text).join("; "));
  // A block with nothing in it is listed as a note of the document ("an empty "python" block; nothing to run").
  const empty = d.notes.filter((n) => / block; nothing to run$/.test(n.text)).length;
  if (d.snippets.length + empty !== doc.blocks) return failure("check-lost-snippet", doc.text, `${doc.blocks} blocks, ${d.snippets.length} listed, ${empty} empty`);
  return null;
}

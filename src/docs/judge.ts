import type { Claim, SnippetClaims } from "./claims.js";
import { diagnostic, type Diagnostic } from "./diagnostic.js";
import { containsInOrder, FLOAT32_APPROXIMATE, maskNumbers, numpySpacing, sameDictItems, sameFloat32Values, sameToFloat32, OLD_STR_PRECISION, sameOldStrPrecision, sameValue, squash, tidy, unifiedDiff } from "./compare.js";
import { compareModuloNoise } from "./noise.js";
import { exceptionLine, exceptionMatches, outputMatches } from "./doctest.js";
import { judgeRecorded } from "./formats/notebook-judge.js";
import type { Snippet } from "./extract.js";
import type { Outcome } from "./outcome.js";
import { scanNames } from "./python-names.js";
import type { JsonClaim, JsonSnippet, Status } from "./report-schema.js";
import type { Reading, ReadingRun } from "./readings.js";
import { outermostLine, type SnippetRun } from "./run.js";
import type { SourceText } from "./source-text.js";

/** Judges every claim of a run snippet and settles its status. */
export function judgeSnippet(s: Snippet, found: SnippetClaims, reading: Reading, run: (SnippetRun & Partial<ReadingRun>) | null, text: SourceText): JsonSnippet {
  const diagnostics: Diagnostic[] = [];
  const at: At = (line, message, span) => diagnostics.push(diagnostic(message, s.document, line, text.line(line), span));
  at.lineText = (line) => text.line(line);
  const notes = [reading.reason];
  if (reading.prelude.length) notes.push(`supplied: ${reading.prelude.join("; ")} (the document assumes it)`);
  if (s.blocks.length > 1) notes.push(`one example split by a page break: blocks ${s.blocks.map(([a, b]) => `${a}–${b}`).join(" + ")}`);
  if (run?.replayed.length) notes.push(`re-ran the definitions it needs from ${run.replayed.join(", ")} on a fresh graph`);
  const o = run?.outcome;
  for (const n of o?.notes ?? []) notes.push(`not done: ${n}`);
  const base = snippetRecord(s, reading, run, diagnostics, notes);
  const finish = (status: Status, claims: JsonClaim[] = found.claims.map((c) => unchecked(c, "not run"))): JsonSnippet => {
    base.claims = claims;
    // Nothing was verified: say so rather than "pass".
    if (status === "pass" && !claims.some((c) => c.verdict === "holds")) status = "ran-clean";
    base.status = s.markers.xfail && /^(contradicted|error|syntax-error)$/.test(status) ? "xfail" : status;
    if (s.markers.xfail && (status === "pass" || status === "ran-clean")) notes.push("marked xfail but passed: the marker can go");
    return base;
  };
  if (s.markers.skip) {
    notes.push(`skipped${s.markers.reason ? `: ${s.markers.reason}` : ""}`);
    return finish("skipped");
  }
  if (run?.blocked) {
    const b = run.blocked;
    notes.push(`skipped: needs \`${b.name}\` from snippet ${b.snippet}, where ${b.why}`);
    return finish("skipped", found.claims.map((c) => unchecked(c, `not run: needs \`${b.name}\` from snippet ${b.snippet}`)));
  }
  if (s.markers.unknown?.length) {
    at(s.startLine, `unknown tfscope marker item(s): ${s.markers.unknown.join(" ")}`);
    return finish("error");
  }
  if (!run || run.internalError) {
    const e = run?.internalError;
    at(s.startLine, `internal error: ${e ? `${e.name}: ${e.message}` : "the snippet was not run"}`);
    return finish("internal-error");
  }
  if (run.setup) {
    const so = run.setup.outcome;
    const what = run.setup.what === "replay" ? "re-running the snippets it continues" : "the supplied imports";
    if (so.unsupported) {
      base.unsupported = { feature: so.unsupported.feature, line: null };
      at(s.startLine, `unsupported (in ${what}): ${so.unsupported.feature}`);
      return finish("unsupported");
    }
    const why = so.exception ? exceptionLine(so.exception.type, so.exception.message).trim() : `SyntaxError: ${so.syntaxError?.message}`;
    at(s.startLine, `${what} failed: ${why}`);
    return finish("error");
  }
  if (s.kind === "console") return judgeConsole(s, found, run, base, at, finish);
  return judgeScript(s, found, o!, run, at, finish, notes);
}

/** The report record of a snippet before judging: where it is, how it ran, what it printed. */
export function snippetRecord(s: Snippet, reading: Reading, run: SnippetRun | null, diagnostics: Diagnostic[] = [], notes: string[] = []): JsonSnippet {
  const o = run?.outcome;
  return {
    document: s.document,
    index: s.index,
    startLine: s.startLine,
    endLine: s.endLine,
    blocks: s.blocks,
    status: "pass",
    reading: { name: reading.name, reason: reading.reason, dependsOn: reading.dependsOn },
    profile: run?.profile ?? s.markers.profile ?? "1.15",
    python2: !!(o?.python2 ?? run?.examples?.some((e) => e.python2)),
    prelude: reading.prelude,
    claims: [],
    stdout: o?.stdout ?? (run?.examples ?? []).map((e) => e.stdout).join(""),
    ...(o?.display !== undefined ? { display: o.display } : {}),
    exception: o?.exception ? { type: o.exception.type, message: o.exception.message, line: o.exception.line ?? null } : null,
    syntaxError: o?.syntaxError ? { message: o.syntaxError.message, line: o.syntaxError.line, column: o.syntaxError.col } : null,
    unsupported: o?.unsupported ? { feature: o.unsupported.feature, line: o.unsupported.line ?? null } : null,
    nondeterministic: !!(o?.nondeterministic || run?.examples?.some((e) => e.nondeterministic)),
    diagnostics,
    notes,
  };
}

type At = ((line: number, message: string, span?: { column?: number; length?: number }) => void) & { lineText?: (line: number) => string };
type Finish = (status: Status, claims?: JsonClaim[]) => JsonSnippet;

function judgeScript(s: Snippet, found: SnippetClaims, o: Outcome, run: SnippetRun, at: At, finish: Finish, notes: string[]): JsonSnippet {
  if (o.unsupported) {
    at(o.unsupported.line ?? s.startLine, `unsupported: ${o.unsupported.feature}`);
    return finish("unsupported", found.claims.map((c) => unchecked(c, "tfscope cannot run this snippet")));
  }
  const stop = o.exception ? outermostLine(o, s.document) : o.syntaxError ? 0 : Infinity;
  const stopWhy = o.exception
    ? `not reached: ${o.exception.type} at line ${stop || "?"} ended the run`
    : "not run: the snippet does not compile";
  const names = scanNames(s.code);
  const stdoutLines = o.stdout === "" ? [] : o.stdout.replace(/\n$/, "").split("\n");
  const printsRun = found.prints.filter((p) => p.line < stop);
  // A print of literals writes a known number of lines (`print('\n')` two), any other print one.
  const width = (k: number) => found.prints[k]!.lines ?? 1;
  const printsMappable = found.prints.every((p) => p.mappable) && printsRun.reduce((n, _, k) => n + width(k), 0) === stdoutLines.length;
  let exceptionClaimed = false;
  const claims = found.claims.map((c): JsonClaim => {
    switch (c.kind) {
      case "assert": {
        if (o.exception?.type === "AssertionError" && o.exception.line === c.line) {
          exceptionClaimed = true;
          const actual = exceptionLine(o.exception.type, o.exception.message).trim();
          return contradicted(c, actual, "the assertion failed");
        }
        if (c.inFunction) {
          return o.exception || o.syntaxError
            ? unchecked(c, "inside a function, and the run did not finish")
            : holds(c, "passed", "inside a function: held every time it ran");
        }
        return c.line < stop ? holds(c, "passed") : unchecked(c, stopWhy);
      }
      case "raises": {
        const expected = c.exceptionType ? `${c.exceptionType}${c.fragment ? `: … ${c.fragment} …` : ""}` : "an exception";
        const raised = o.exception ?? (o.syntaxError ? { type: "SyntaxError", message: o.syntaxError.message, line: o.syntaxError.line } : null);
        const where = c.statementLine === undefined ? "the snippet" : `line ${c.statementLine}`;
        if (!raised) return contradicted({ ...c, expected }, "no exception", `${where} raised nothing`);
        const actual = exceptionLine(raised.type, raised.message).trim();
        const lines = [raised.line, o.exception ? outermostLine(o, s.document) : raised.line];
        // A claim about the snippet as a whole (a lead-in, a pasted traceback) holds wherever it raised.
        if (c.statementLine !== undefined && !lines.includes(c.statementLine)) {
          if ((lines[1] ?? 0) < c.statementLine!) return unchecked({ ...c, expected }, stopWhy);
          return contradicted({ ...c, expected }, `${actual} (at line ${lines[1]})`, `line ${c.statementLine} raised nothing`);
        }
        // The document speaks of this exception; whether it got it right is the claim's verdict.
        exceptionClaimed = true;
        // `tf.errors.InvalidArgumentError` names the class CPython prints as tensorflow.python.framework.errors_impl.InvalidArgumentError.
        const want = c.exceptionType?.split(".").pop() ?? "";
        // `except TypeError` catches a subclass: a claim of TypeError holds for OperatorNotAllowedInGraphError.
        const names = [raised.type, ...("bases" in raised ? (raised.bases ?? []) : [])];
        const typeOk = !want || names.some((n) => n === want || n.endsWith(`.${want}`));
        const msgOk = containsInOrder(squash(raised.message), (c.fragment ?? "").split("…").map(squash));
        if (typeOk && msgOk) return holds({ ...c, expected }, actual);
        return contradicted({ ...c, expected }, actual, typeOk ? "the message does not contain the claimed text" : "a different exception type");
      }
      case "print-comment": {
        if (c.prose) return unchecked(c, "the comment reads as prose, not a printed value");
        if (!printsMappable) return unchecked(c, unmappableWhy(found, printsRun.length, stdoutLines.length));
        const k = c.printIndex!;
        if (found.prints[k]!.line >= stop) return unchecked(c, stopWhy);
        let first = 0;
        for (let i = 0; i < k; i++) first += width(i);
        const printed = stdoutLines.slice(first, first + width(k)).join("\n");
        // `print(bool(tf.TensorShape([])))  # Scalar`: a bare word beside a printed bool names what the
        // line is about; print gives True or False, never that word.
        if (/^(True|False)$/.test(printed) && /^(?=.*[A-Za-z])[\w -]+$/.test(c.expected) && !/^(true|false|yes|no|none)$/i.test(c.expected.trim()))
          return unchecked(c, `the comment names what the line is about: it printed ${printed}, which is no word of it`);
        return compareRandomAware(c, printed, !!o.nondeterministic, sameValue, !!o.python2, !!o.inexact);
      }
      case "expression-comment":
      case "name-comment": {
        const root = c.subject ?? c.expression!.split(/[.[]/)[0]!;
        if (o.exception || o.syntaxError) return unchecked(c, c.line < stop ? "the run did not finish, so the value was not read" : stopWhy);
        if ((names.topLevelBindings.get(root) ?? 0) !== 1) {
          return unchecked(c, `\`${root}\` is not bound exactly once at top level, so its value after the run may not be the one the comment describes`);
        }
        const ev = run.evaluations.get(c.line);
        if (!ev) return unchecked(c, "the session cannot read values after a run (tfscope does not rewrite code)");
        if (ev.unsupported) return unchecked(c, `unsupported: ${ev.unsupported.feature}`);
        if (ev.exception) return contradicted(c, exceptionLine(ev.exception.type, ev.exception.message).trim(), `evaluating \`${c.expression}\` raised`);
        return sameValue(c.expected, ev.value!) ? holds(c, ev.value!) : contradicted(c, ev.value!);
      }
      case "output": {
        if (o.syntaxError) return unchecked(c, stopWhy);
        const same = (e: string, a: string) => tidy(e) === tidy(a);
        const head = elidedTail(c.expected, o.stdout);
        if (head !== null) {
          const r = compareRandomAware({ ...c, expected: head.expected }, head.actual, !!o.nondeterministic, same, !!o.python2, !!o.inexact);
          const why = `the document elides the rest with \`...\`: its first ${head.lines} lines compared${r.why ? `, ${r.why}` : ""}`;
          return { ...r, expected: c.expected, actual: o.stdout, why };
        }
        return compareRandomAware(c, o.stdout, !!o.nondeterministic, same, !!o.python2, !!o.inexact);
      }
      default: {
        if (!s.notebook) return unchecked(c, `claim kind ${c.kind} does not apply to a script`);
        const r = judgeRecorded(c, s, o, { holds, unchecked, contradicted });
        exceptionClaimed ||= r.claimsException;
        return r.claim;
      }
    }
  });
  for (const c of claims) if (c.verdict === "contradicted") at(c.line, `${c.kind} contradicted: expected ${short(c.expected)}, got ${short(c.actual ?? "")}`);
  // An exception nobody claimed is the root cause of whatever else differs: it decides the status.
  const placeholder = o.syntaxError && !exceptionClaimed ? placeholderAt(at.lineText!(o.syntaxError.line), o.syntaxError.col, o.syntaxError.message) : null;
  if (placeholder !== null) {
    // `t = <<some tensorflow operation>>`: the page wrote a stand-in where code would be, not Python.
    notes.push(`skipped: the snippet has the placeholder \`${placeholder}\` where code would be (CPython: SyntaxError: ${o.syntaxError!.message})`);
    return finish("skipped", claims);
  }
  if (o.syntaxError && !exceptionClaimed) {
    // CPython's offset is 1-based; ours (`col`) is 0-based, into the code line, which is the document line.
    at(o.syntaxError.line, `SyntaxError: ${o.syntaxError.message}`, { column: o.syntaxError.col, length: 1 });
    return finish("syntax-error", claims);
  }
  if (o.exception && !exceptionClaimed && elides(s.code)) {
    // `tf.random_normal(...)`, `loss = ...`: the page left code out; what the stand-in raises is no claim of it.
    notes.push(`skipped: the snippet elides code with \`...\` (it raised ${o.exception.type} where real code would be)`);
    return finish("skipped", claims.map((c) => (c.verdict === "contradicted" && c.line >= (o.exception?.line ?? 0) ? { ...c, verdict: "not-checkable" as const, why: "the snippet elides code" } : c)));
  }
  if (o.exception && !exceptionClaimed) {
    const line = o.exception.line ?? s.startLine;
    at(line, `${exceptionLine(o.exception.type, o.exception.message.split("\n")[0]!).trim()} (not claimed by the document)`, caretSpan(o.exception.traceback, s.document, line, at.lineText!(line)));
    return finish("error", claims);
  }
  return finish(claims.some((c) => c.verdict === "contradicted") ? "contradicted" : "pass", claims);
}

const UNEXPECTED = "an exception the example did not expect";

function judgeConsole(s: Snippet, found: SnippetClaims, run: SnippetRun, base: JsonSnippet, at: At, finish: Finish): JsonSnippet {
  const outcomes = run.examples ?? [];
  const ellipsis = !!s.markers.ellipsis;
  let unsupported = false;
  const claims = found.claims.map((c): JsonClaim => {
    const e = s.examples![c.example!]!;
    const o = outcomes[c.example!]!;
    if (o.unsupported) {
      unsupported = true;
      base.unsupported ??= { feature: o.unsupported.feature, line: o.unsupported.line ?? e.line };
      return unchecked(c, `unsupported: ${o.unsupported.feature}`);
    }
    const ex = o.exception ?? (o.syntaxError ? { type: "SyntaxError", message: o.syntaxError.message } : null);
    const options = { ellipsis: ellipsis || e.ellipsis, normalizeWhitespace: e.normalizeWhitespace, ignoreExceptionDetail: e.ignoreExceptionDetail };
    if (ex) {
      const got = exceptionLine(ex.type, ex.message);
      if (e.excMsg === null) return contradicted(c, `Traceback (most recent call last):\n  ...\n${got}`, UNEXPECTED);
      return exceptionMatches(e.excMsg, got, options) ? holds(c, got) : contradicted({ ...c, expected: e.excMsg }, got);
    }
    return compareRandomAware(c, o.stdout, !!o.nondeterministic, (w, g) => outputMatches(w, g, options));
  });
  if (unsupported) {
    at(base.unsupported?.line ?? s.startLine, `unsupported: ${base.unsupported?.feature}`);
    return finish("unsupported", claims);
  }
  const unexpected = (c: JsonClaim) => c.why === UNEXPECTED;
  claims.forEach((c, i) => {
    if (c.verdict !== "contradicted") return;
    if (unexpected(c)) at(c.line, `${c.actual!.trim().split("\n").pop()} (not expected by the example)`);
    else at(s.examples![i]!.wantLine || c.line, "example output differs");
  });
  const failed = claims.filter((c) => c.verdict === "contradicted");
  // doctest fails an example that raises unexpectedly; here that is an error, not a contradicted claim.
  return finish(failed.length === 0 ? "pass" : failed.every(unexpected) ? "error" : "contradicted", claims);
}

/**
 * Judges claimed against actual text; when the run printed unseeded random values, a claim whose
 * text differs only in its numbers holds (the document cannot have shown the same draw).
 */
function compareRandomAware(c: Claim, actual: string, random: boolean, same: (expected: string, actual: string) => boolean, python2 = false, inexact = false): JsonClaim {
  const modNoise = compareModuloNoise(c.expected, actual, same);
  if (modNoise.same) return modNoise.masked.length ? holds(c, actual, `compared modulo ${modNoise.masked.join(" and ")}, which vary from run to run`) : holds(c, actual);
  if (random && same(maskNumbers(c.expected), maskNumbers(actual))) return holds(c, actual, "random values: compared with every number masked");
  // Only the padding differs: numpy before 1.14 printed `[ 3.  7.]`, numpy 1.17 (TF 1.15's) prints `[3. 7.]`.
  if (same(numpySpacing(c.expected), numpySpacing(actual))) return holds(c, actual, "the same values in numpy's pre-1.14 spacing");
  if (sameFloat32Values(c.expected, actual)) return holds(c, actual, "the same float32 values, printed with numpy's pre-1.14 precision");
  if (sameOldStrPrecision(c.expected, actual)) return holds(c, actual, OLD_STR_PRECISION);
  if (inexact && sameToFloat32(c.expected, actual)) return holds(c, actual, FLOAT32_APPROXIMATE);
  // Python 2 printed dicts in hash order, which tfscope does not reproduce; CPython 3.7+ keeps insertion
  // order, so under Python 3 another key order is a deterministic difference and counts (issue #16).
  if (python2 && sameDictItems(c.expected, actual)) return holds(c, actual, "the same dict items in another key order (Python 2 printed dicts in hash order)");
  const masked = (t: string) => maskNumbers(numpySpacing(t));
  if (random && same(masked(c.expected), masked(actual))) return holds(c, actual, "random values in numpy's pre-1.14 spacing: compared with every number masked");
  // Random values a page laid out by hand (a tuple of arrays over several lines): only the shape of the print can be checked.
  const bare = (t: string) => maskNumbers(t).replace(/\s+/g, "");
  if (random && bare(c.expected) === bare(actual)) return holds(c, actual, "random values: compared with every number masked and spacing ignored");
  return contradicted(c, actual);
}

/**
 * An output block whose last line is a bare `...` (a page showing the first lines of a long print,
 * e.g. 10 of 100 losses) claims only those lines: the leading lines of each side, or null when the
 * block has no such tail or the run printed no more than it shows.
 */
function elidedTail(expected: string, actual: string): { expected: string; actual: string; lines: number } | null {
  const want = expected.replace(/\s+$/, "").split("\n");
  if (want.length < 2 || want[want.length - 1]!.trim() !== "...") return null;
  const shown = want.slice(0, -1);
  const got = actual.replace(/\n$/, "").split("\n");
  if (got.length <= shown.length) return null;
  return { expected: shown.join("\n") + "\n", actual: got.slice(0, shown.length).join("\n") + "\n", lines: shown.length };
}

/**
 * A stand-in a page wrote for code (`<<some tensorflow operation>>`, `<path to your data>`) where a
 * SyntaxError points (column `col` of the line), or null.
 */
function placeholderAt(line: string | undefined, col: number, message: string): string | null {
  if (line === undefined) return null;
  // `tf.Session(config=config, ...)`: `...` elides the other arguments, and as a positional one after
  // a keyword it is CPython's SyntaxError.
  if (message === "positional argument follows keyword argument" && /,\s*\.\.\.\s*[,)]/.test(line)) return "...";
  for (const m of line.matchAll(/<<[^<>\n]+>>|<[A-Za-z][\w .-]*>/g)) {
    if (col >= m.index! && col < m.index! + m[0].length) return m[0];
  }
  return null;
}

/** Code a page elided: `...` as a call's only argument, as an assignment's whole value, or as the last
 * item of a list display (`["a.jpg", "b.jpg", ...]`; not a subscript such as numpy's `x[0, ...]`). */
function elides(code: string): boolean {
  return /\(\s*\.\.\.\s*\)|=\s*\.\.\.\s*(#.*)?$/m.test(code) || /(?:^|[=(,:\s])\[[^[\]\n]*,\s*\.\.\.\s*\]/m.test(code);
}

/**
 * Where CPython 3.11's traceback puts its carets for the frame at `line` of the document (the
 * `^^^^` under the failing expression, traceback.py's _extract_caret_anchors): as a column of the
 * document line. None when the frame has no caret line (the whole line failed).
 */
export function caretSpan(traceback: string, document: string, line: number, lineText: string): { column: number; length: number } | undefined {
  const tb = traceback.split("\n");
  let i = tb.length - 1;
  while (i >= 0 && !tb[i]!.trim().startsWith(`File "${document}", line ${line}, in `)) i--;
  const caret = i >= 0 ? tb[i + 2] : undefined;
  if (caret === undefined || !/^\s*[~^]+\s*$/.test(caret)) return undefined;
  const start = caret.search(/[~^]/) - 4; // source lines are shown stripped, indented by four spaces
  const indent = lineText.length - lineText.trimStart().length;
  return { column: indent + start, length: caret.trim().length };
}

function unmappableWhy(found: SnippetClaims, ran: number, lines: number): string {
  if (!found.prints.every((p) => p.mappable)) {
    return "some print calls run in a loop, a function or a branch (or set end=/file=): stdout lines cannot be matched to calls without rewriting the code";
  }
  return `stdout has ${lines} line(s) for ${ran} print call(s) run: lines cannot be matched to calls`;
}

function short(s: string): string {
  const one = s.replace(/\n/g, "⏎");
  return one.length > 80 ? one.slice(0, 77) + "…" : one;
}

function holds(c: Claim, actual: string, why?: string): JsonClaim {
  return { line: c.line, kind: c.kind, expected: c.expected, actual, verdict: "holds", ...(why ? { why } : {}) };
}

function unchecked(c: Claim, why: string): JsonClaim {
  return { line: c.line, kind: c.kind, expected: c.expected, actual: null, verdict: "not-checkable", why };
}

function contradicted(c: Claim, actual: string, why?: string): JsonClaim {
  const diff = unifiedDiff(c.expected, actual);
  return { line: c.line, kind: c.kind, expected: c.expected, actual, verdict: "contradicted", ...(why ? { why } : {}), ...(diff ? { diff } : {}) };
}

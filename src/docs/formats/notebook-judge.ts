/**
 * A notebook's recorded outputs as claims, and their judging. A notebook shows what some kernel
 * printed: `stream` text, the `execute_result` of the cell's last expression (its repr, as IPython's
 * displayhook shows it), `error` outputs (the cell raised `ename: evalue`). Each is compared with
 * what the cell does when the notebook runs in order on TF 1.15.
 *
 * A recorded output that differs is contradicted only when the notebook was recorded in order
 * (counts 1, 2, 3...): otherwise the output may come from another state (a cell run twice gives
 * `Variable_1:0`), which says nothing against TF, and the claim is not checkable.
 */
import type { Claim } from "../claims.js";
import { FLOAT32_APPROXIMATE, maskNumbers, OLD_STR_PRECISION, sameFloat32Values, sameOldStrPrecision, sameToFloat32, tidy } from "../compare.js";
import { compareModuloNoise } from "../noise.js";
import type { Snippet } from "../extract.js";
import type { Outcome } from "../outcome.js";
import type { JsonClaim } from "../report-schema.js";
import { stripTiming } from "./ipython.js";
import { earlierGap } from "./notebook-gaps.js";
import type { RecordedOutput } from "./notebook.js";

/** Claim kinds of recorded outputs. */
export const RECORDED_KINDS = ["recorded-stdout", "recorded-stderr", "recorded-result", "recorded-display", "recorded-error"] as const;
export type RecordedKind = (typeof RECORDED_KINDS)[number];

/**
 * A snippet's claims with those of a notebook cell's recorded outputs added. Where the cell recorded
 * what it printed, that record is the claim about its prints: comments after print calls
 * (`print(x)  # the default scope, ''`) are the author's words beside it, not a second record.
 */
export function withRecorded(s: Snippet, claims: Claim[]): Claim[] {
  if (!s.notebook) return claims;
  const recorded = recordedClaims(s);
  const printed = recorded.some((c) => c.kind === "recorded-stdout");
  return [...claims.filter((c) => !(printed && c.kind === "print-comment")), ...recorded];
}

/** The claims a notebook cell's recorded outputs make (none for other snippets). */
export function recordedClaims(s: Snippet): Claim[] {
  const nb = s.notebook;
  if (!nb) return [];
  const line = nb.firstLine;
  // The value shown is the last line's: point there.
  const lastLine = line + s.code.replace(/\s+$/, "").split("\n").length - 1;
  const claims: Claim[] = [];
  const stream = (name: string) => nb.outputs.flatMap((o) => (o.type === "stream" && o.name === name ? [o.text] : [])).join("");
  const stdout = nb.ipython.timing ? stripTiming(stream("stdout")) : stream("stdout");
  if (stdout.trim() !== "") claims.push({ line, kind: "recorded-stdout", expected: stdout });
  const stderr = stream("stderr");
  if (stderr.trim() !== "") claims.push({ line, kind: "recorded-stderr", expected: stderr });
  for (const o of nb.outputs) {
    if (o.type === "result" && o.text !== null) claims.push({ line: lastLine, kind: "recorded-result", expected: o.text });
    if (o.type === "display" && o.text !== null) claims.push({ line, kind: "recorded-display", expected: o.text });
    if (o.type === "error") claims.push({ line, kind: "recorded-error", expected: o.evalue ? `${o.ename}: ${o.evalue}` : o.ename, exceptionType: o.ename });
  }
  if (nb.raisesException && !claims.some((c) => c.kind === "recorded-error")) {
    claims.push({ line, kind: "recorded-error", expected: "an exception (the cell is marked to raise one)" });
  }
  return claims;
}

/** The verdict helpers of judge.ts, passed in so this module does not import the judge back. */
export interface Verdicts {
  holds(c: Claim, actual: string, why?: string): JsonClaim;
  unchecked(c: Claim, why: string): JsonClaim;
  contradicted(c: Claim, actual: string, why?: string): JsonClaim;
}

/** Judges one recorded-output claim of a cell; `claimsException` when it speaks of the exception the cell raised. */
export function judgeRecorded(c: Claim, s: Snippet, o: Outcome, v: Verdicts): { claim: JsonClaim; claimsException: boolean } {
  const nb = s.notebook!;
  const only = (claim: JsonClaim) => ({ claim, claimsException: false });
  // A recorded output that differs: against TF only when the notebook was recorded in order and
  // every cell before this one ran here (else the state the cell saw is not the recording's).
  const gap = earlierGap(s);
  const differs = (actual: string, why?: string) =>
    nb.order
      ? v.unchecked(c, `${nb.order}; run in order, the cell gives ${JSON.stringify(actual)}`)
      : gap
        ? v.unchecked(c, `an earlier cell could not run here, ${gap}, so this cell's state is not the recording's; here it gives ${JSON.stringify(actual)}`)
        : v.contradicted(c, actual, why);
  if (c.kind === "recorded-error") {
    const raised = o.exception ?? (o.syntaxError ? { type: "SyntaxError", message: o.syntaxError.message } : null);
    if (!raised) return only(o.unsupported ? v.unchecked(c, `unsupported: ${o.unsupported.feature}`) : differs("no exception", "the cell raised nothing"));
    const actual = raised.message === "" ? bareType(raised.type) : `${bareType(raised.type)}: ${raised.message.split("\n")[0]}`;
    if (c.exceptionType === undefined) return { claim: v.holds(c, actual), claimsException: true };
    if (bareType(raised.type) !== bareType(c.exceptionType)) return { claim: differs(actual, "a different exception type"), claimsException: true };
    const want = firstLine(c.expected.slice(c.exceptionType.length).replace(/^: /, ""));
    const got = firstLine(raised.message);
    // Python 2's messages differ from Python 3's for the same error (NameError: global name ...);
    // a message TF raised (the recorded traceback ends in TF's own files) is TF's under either Python.
    if (nb.python === 2 && want !== got && !raisedInTF(nb.outputs)) return { claim: v.holds(c, actual, "Python 2 kernel: the exception type matches; Python 2 words messages its own way"), claimsException: true };
    return { claim: want === "" || tidy(want) === tidy(got) ? v.holds(c, actual) : differs(actual, "the message differs"), claimsException: true };
  }
  if (c.kind === "recorded-stderr") return only(v.unchecked(c, "stderr holds TF's log lines and warnings (times, paths): not compared"));
  if (c.kind === "recorded-display") return only(v.unchecked(c, "display() output is not modelled by tfscope"));
  if (nb.ignoreOutput) return only(v.unchecked(c, "nbval: the cell's output is ignored"));
  if (nb.ipython.captured) return only(v.unchecked(c, "the cell's output was captured, not shown"));
  const stdout = c.kind === "recorded-stdout";
  if (stdout && nb.ipython.shell) return only(v.unchecked(c, "the cell runs a shell command, whose output tfscope cannot know"));
  if (stdout && nb.ipython.timing === "timeit") return only(v.unchecked(c, "%timeit runs its statement many times; tfscope ran it once"));
  if (o.unsupported) return only(v.unchecked(c, `unsupported: ${o.unsupported.feature}`));
  if (o.syntaxError) return only(v.unchecked(c, "not run: the cell does not compile"));
  const py2 = (t: string) => (nb.python === 2 ? t.replace(/\bu(['"])/g, "$1") : t);
  if (stdout) {
    const same = (e: string, a: string) => tidy(withoutFrames(py2(e))) === tidy(withoutFrames(a));
    if (same(c.expected, o.stdout)) return only(v.holds(c, o.stdout));
    // Object addresses, str-set order and timings vary from run to run in real CPython too.
    const noise = compareModuloNoise(c.expected, o.stdout, same);
    if (noise.same) return only(v.holds(c, o.stdout, `compared modulo ${noise.masked.join(" and ")}, which vary from run to run`));
    if (o.nondeterministic && (same(maskNumbers(c.expected), maskNumbers(o.stdout)) || same(legacyLayout(maskNumbers(c.expected)), legacyLayout(maskNumbers(o.stdout))))) {
      return only(v.holds(c, o.stdout, "random values: compared with every number masked"));
    }
    const drift = knownDrift(c.expected, o.stdout, nb.python === 2, same, !!o.inexact);
    if (drift) return only(v.holds(c, o.stdout, drift));
    // `%load_ext tensorboard` prints "The tensorboard extension is already loaded..." on a re-run.
    const magic = nb.ipython.skipped[0];
    if (magic !== undefined) return only(v.unchecked(c, `\`${magic}\` was not run here, and what it prints itself is not known; the cell's other output gives ${JSON.stringify(o.stdout)}`));
    return only(differs(o.stdout));
  }
  // recorded-result: IPython's pretty printer wraps long reprs (IPython/lib/pretty.py), and addresses differ per process.
  if (o.exception) return only(v.unchecked(c, `not reached: the cell raised ${bareType(o.exception.type)} first`));
  if (o.display === undefined) return only(differs("nothing displayed", nb.display ? "the last line is not an expression with a value" : "the cell ends with `;`, which hides the value"));
  const norm = (t: string) => py2(t).replace(/0x[0-9a-fA-F]+/g, "0x…").replace(/\s+/g, " ").trim();
  if (norm(c.expected) === norm(o.display)) return only(v.holds(c, o.display));
  if (legacyLayout(norm(c.expected)) === legacyLayout(norm(o.display))) return only(v.holds(c, o.display, LEGACY_NUMPY));
  // A float32 array's repr, as its str(): 8 decimals before numpy 1.14, the shortest repr in 1.17.
  if (sameFloat32Values(legacyLayout(norm(c.expected)), legacyLayout(norm(o.display)))) return only(v.holds(c, o.display, LEGACY_FLOAT32));
  if (o.nondeterministic && legacyLayout(norm(maskNumbers(c.expected))) === legacyLayout(norm(maskNumbers(o.display)))) {
    return only(v.holds(c, o.display, "random values: compared with every number masked"));
  }
  return only(differs(o.display));
}

/**
 * Printed tracebacks (TF's "Originally defined at:" stacks, traceback.print_exc()) name files and
 * frames of the machine that ran them (`<ipython-input-3-cd72fe1b9ecb>`, IPython's own frames): a
 * frame line and the source line under it are left out of the comparison.
 */
function withoutFrames(text: string): string {
  const frame = frameLines(text);
  return text.split("\n").filter((_, i) => !frame[i]).join("\n");
}

/** For each line of the text: whether it belongs to a printed traceback frame (its `File "..."` line or the source line under it). */
export function frameLines(text: string): boolean[] {
  const lines = text.split("\n");
  const out = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    const frame = /^(\s*)File "[^"]*", line \d+/.exec(lines[i]!);
    if (!frame) continue;
    out[i] = true;
    const next = lines[i + 1];
    if (next !== undefined && /^\s*/.exec(next)![0].length > frame[1]!.length && !/^\s*File "/.test(next)) out[++i] = true;
  }
  return out;
}

/**
 * Differences a notebook's age explains, none of them TF's: numpy before 1.14 printed float arrays
 * with a space for the sign (`[[ 12.]]`, numpy's legacy='1.13' mode); a Python 2 kernel prints a
 * `str` of bytes without `b''` (tfscope's Python 2 mode keeps Python 3's bytes).
 */
const LEGACY_NUMPY = "numpy before 1.14 spaced and wrapped its arrays differently (legacy printing); the values agree";
const LEGACY_FLOAT32 = "the same float32 values, printed with numpy's pre-1.14 spacing and precision";

/**
 * Text with numpy's layout taken out: runs of whitespace (line wraps included) made one space, none
 * just inside brackets. numpy before 1.14 left room for a sign (`[ 0.,  1.]`) and wrapped rows at
 * other widths; numbers and their order are untouched, so equal results mean equal values.
 */
function legacyLayout(text: string): string {
  // Only array prints have numpy's layout; other text keeps its spacing.
  if (!text.includes("[")) return text;
  return text.replace(/\s+/g, " ").replace(/([[(]) /g, "$1").replace(/ ([\])])/g, "$1").trim();
}

function knownDrift(expected: string, actual: string, python2: boolean, same: (e: string, a: string) => boolean, inexact = false): string | null {
  if (same(legacyLayout(expected), legacyLayout(actual))) return LEGACY_NUMPY;
  // numpy before 1.14 printed float32 arrays to 8 decimals of the double (`-0.76159418`), 1.17 the
  // shortest repr (`-0.7615942`): the same float32, number by number.
  if (sameFloat32Values(legacyLayout(expected), legacyLayout(actual))) return LEGACY_FLOAT32;
  if (sameOldStrPrecision(tidy(expected), tidy(actual))) return OLD_STR_PRECISION;
  if (inexact && sameToFloat32(expected, actual)) return FLOAT32_APPROXIMATE;
  if (python2) {
    const asStr = (t: string, quote: boolean) => t.replace(/\bb(['"])((?:\\.|(?!\1).)*)\1/g, (_m, q: string, body: string) => (quote ? `${q}${body}${q}` : body));
    if (same(expected, asStr(actual, false)) || same(expected, asStr(actual, true))) return "Python 2 kernel: bytes are str there, printed without b''";
    // Python 2 printed a builtin or C type as <type 'list'>, <type 'numpy.ndarray'>; Python 3 as <class ...>.
    if (/<type '/.test(expected) && same(expected.replace(/<type '/g, "<class '"), actual)) return "Python 2 kernel: it printed builtin types as <type '...'>";
  }
  return null;
}

/** Whether a recorded traceback's innermost frame is in TF's package (`.../site-packages/tensorflow/...`). */
function raisedInTF(outputs: readonly RecordedOutput[]): boolean {
  return outputs.some((x) => x.type === "error" && x.traceback.length > 1 && /[/\\]tensorflow[/\\]/.test(x.traceback[x.traceback.length - 2]!));
}

function bareType(type: string): string {
  return type.split(".").pop()!;
}

function firstLine(text: string): string {
  return text.split("\n")[0]!.trim();
}

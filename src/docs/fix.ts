/**
 * `check --fix`: rewrites each contradicted claim where the document writes it, with what TF 1.15
 * gives, and leaves every other byte alone. A fix only ever replaces the claimed text: the value part
 * of a print / expression / name comment, the body lines of an output block, a `>>>` example's
 * output lines, a notebook cell's recorded output (fix-notebook.ts). It refuses, saying why, to write
 * what a reader could not rely on: noise (unseeded random draws, addresses, set order of strings),
 * values from a snippet tfscope could not run as a whole, verdicts the two readings of a page
 * disagree on, and prose. A `raises` comment keeps the author's wording around what is wrong (fix-raises.ts).
 */
import { findClaims, type Claim } from "./claims.js";
import { extract, type Snippet } from "./extract.js";
import { errorEdit, keepRecordedFrames, locateRecorded, recordedValue } from "./fix-notebook.js";
import { reasonFor } from "./fix-explain.js";
import { raisesEdit } from "./fix-raises.js";
import { place } from "./formats/notebook-locations.js";
import { maskNoise } from "./noise.js";
import type { JsonClaim, JsonDocument, JsonSnippet } from "./report-schema.js";

/** One claim rewritten, or refused. `at` names its place for people (`doc.md:12`, `nb.ipynb:cell 3:2`). */
export interface FixEntry {
  at: string;
  kind: string;
  expected: string;
  actual: string;
  /** Why it was not rewritten (absent when it was). */
  refused?: string;
}

/** What `--fix` does to one document. */
export interface DocumentFix {
  document: string;
  before: string;
  after: string;
  fixed: FixEntry[];
  /** The edit of each entry of `fixed`, in the same order (`--interactive` applies some of them). */
  edits: Edit[];
  refused: FixEntry[];
}

/** A replacement of raw[from, to). */
export interface Edit {
  from: number;
  to: number;
  text: string;
}

/** How to fix: `explain` adds, above a rewritten comment, explain's reason as a `# tfscope: reason="..."` line. */
export interface FixOptions {
  explain?: boolean;
}

type Planned = Edit | { refused: string };

/** Plans the fixes of one checked document, given its raw text as read from disk. */
export function planFixes(doc: JsonDocument, raw: string, options: FixOptions = {}): DocumentFix {
  const result: DocumentFix = { document: doc.document, before: raw, after: raw, fixed: [], edits: [], refused: [] };
  if (!doc.snippets.some((s) => s.claims.some((c) => c.verdict === "contradicted"))) return result;
  const found = extract(doc.document, raw);
  const lines = new RawLines(raw);
  const edits: Edit[] = [];
  doc.snippets.forEach((js, i) => {
    const s = found.snippets[i];
    const claims = s ? findClaims(s).claims : [];
    js.claims.forEach((jc, k) => {
      if (jc.verdict !== "contradicted") return;
      const entry: FixEntry = { at: place(js, jc.line), kind: jc.kind, expected: jc.expected, actual: jc.actual ?? "" };
      const c = claims[k];
      let planned: Planned = !s || !c || c.kind !== jc.kind ? { refused: "the document changed since it was checked" } : plan(s, js, c, jc, lines, raw);
      if (options.explain && !("refused" in planned) && s && c) planned = withReason(planned, s, c, jc, js.explanation, lines);
      if ("refused" in planned) result.refused.push({ ...entry, refused: planned.refused });
      else {
        edits.push(planned);
        result.fixed.push(entry);
      }
    });
  });
  result.edits = edits;
  result.after = applyEdits(raw, edits);
  return result;
}

/** The text with the edits made; they never overlap (claims never share text). */
export function applyEdits(raw: string, edits: readonly Edit[]): string {
  // From the end, so earlier offsets stay valid.
  let after = raw;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) after = after.slice(0, e.from) + e.text + after.slice(e.to);
  return after;
}

/**
 * A comment claim's edit with explain's reason for the true value on a marker line above the claim
 * (`# tfscope: reason="..."`, which the checker reads as free text, never as a claim). Other claims
 * (output blocks, `>>>` outputs, notebook outputs) have no comment to carry it: they get none.
 */
function withReason(e: Edit, s: Snippet, c: Claim, jc: JsonClaim, explanation: string | undefined, lines: RawLines): Edit {
  if (s.notebook || !c.valueAt || !["print-comment", "expression-comment", "name-comment"].includes(c.kind)) return e;
  const reason = reasonFor(explanation ?? "", jc.actual ?? "");
  if (!reason) return e;
  const start = lines.offset(c.line);
  const indent = /^\s*/.exec(lines.text(c.line))![0];
  return { from: start, to: e.to, text: `${indent}# tfscope: reason="${reason.replace(/"/g, "'")}"${lines.eol()}${lines.slice(start, e.from)}${e.text}` };
}

/** Why a snippet's claims are not rewritten at all, or null. */
function snippetRefusal(js: JsonSnippet): string | null {
  if (js.status === "unsupported" || js.status === "skipped" || js.status === "internal-error") return `the snippet is ${js.status}: its run is not TF's whole answer`;
  if (js.status === "xfail") return "the snippet is marked xfail: the document says it is expected to fail";
  if (js.status === "error" || js.status === "syntax-error") return "the snippet ended in an error the document does not claim, which may be why this differs";
  if (js.reading.name === "examples" && js.otherReading && js.otherReading.status !== js.status) {
    return `the verdict rests on the independent-examples reading, and the page reading gives ${js.otherReading.status}: which one the author meant is not known`;
  }
  if (js.nondeterministic) return "noise: the run drew unseeded random values, which differ every run";
  return null;
}

function plan(s: Snippet, js: JsonSnippet, c: Claim, jc: JsonClaim, lines: RawLines, raw: string): Planned {
  const bySnippet = snippetRefusal(js);
  if (bySnippet) return { refused: bySnippet };
  const actual = jc.actual;
  if (actual === null) return { refused: "no true value" };
  if (c.prose) return { refused: "prose (the comment reads as a sentence, not a value)" };
  if (c.kind === "raises") {
    if (s.notebook) return { refused: "a comment in a notebook cell's source (only recorded outputs are rewritten)" };
    const e = raisesEdit(lines.text(c.line), c, actual);
    return "refused" in e ? e : { from: lines.offset(c.line) + e.from, to: lines.offset(c.line) + e.to, text: e.text };
  }
  if (c.kind === "assert") return { refused: "an assert is code, not a recorded value" };
  const noise = maskNoise(actual).kinds;
  if (noise.size) return { refused: `noise: the true value shows ${[...noise].join(" and ")}; that part differs from run to run` };
  switch (c.kind) {
    case "print-comment":
    case "expression-comment":
    case "name-comment":
      return commentEdit(s, c, jc, actual, lines);
    case "output":
      return outputEdit(s, actual, lines);
    case "doctest":
      return doctestEdit(s, c, jc, actual, lines);
    case "recorded-stdout":
    case "recorded-result": {
      if (s.notebook!.ipython.timing) return { refused: "the cell's output has timing lines, left out when judged: rewriting would drop them" };
      const at = locateRecorded(raw, s.notebook!.cell, c.kind === "recorded-stdout" ? "stdout" : "result");
      if ("refused" in at) return at;
      const text = c.kind === "recorded-stdout" ? keepRecordedFrames(c.expected, actual) : actual;
      if (text === null) return { refused: "the recorded output prints traceback frames the true output does not match run for run: which frames to keep is unknown" };
      return { from: at.from, to: at.to, text: recordedValue(at.layout, text) };
    }
    case "recorded-error":
      if (!c.exceptionType) return { refused: "the cell is marked to raise, with no recorded error to rewrite" };
      return errorEdit(raw, s.notebook!.cell, actual);
    default:
      return { refused: `a ${c.kind} claim (a notebook's display outputs carry the kernel's own data)` };
  }
}

/** The value part of a claim comment, in its line; quotes the document put around a value are kept. */
function commentEdit(s: Snippet, c: Claim, jc: JsonClaim, actual: string, lines: RawLines): Planned {
  if (s.notebook) return { refused: "a comment in a notebook cell's source (only recorded outputs are rewritten)" };
  if (jc.why) return { refused: jc.why };
  if (!c.valueAt) return { refused: "the comment's value could not be located" };
  if (actual.includes("\n")) return { refused: "the true value spans several lines; a comment holds one" };
  const before = s.code.slice(0, c.valueAt.from);
  const codeLine = before.split("\n").length - 1;
  const column = c.valueAt.from - (before.lastIndexOf("\n") + 1);
  const line = s.startLine + codeLine;
  const start = lines.contentStart(line, s.code.split("\n")[codeLine]!);
  if (start === null) return { refused: "the comment's value could not be located" };
  let text = actual;
  if (c.kind === "name-comment") {
    const quote = lines.text(line)[start + column + c.valueAt.to - c.valueAt.from];
    if (quote && actual.includes(quote)) return { refused: `the true value contains the comment's quote ${quote}` };
  } else {
    // sameValue took the claim's quotes off: a quoted claim gets a quoted value.
    const q = /^(['"]).*\1$/.exec(c.expected.trim())?.[1];
    if (q && !/^(['"]).*\1$/.test(actual) && !actual.includes(q)) text = `${q}${actual}${q}`;
  }
  const from = lines.offset(line) + start + column;
  return { from, to: from + (c.valueAt.to - c.valueAt.from), text };
}

/** An output block's body lines, each with the prefix the block's lines carry (a list's indent, `> `). */
function outputEdit(s: Snippet, actual: string, lines: RawLines): Planned {
  const out = s.output!;
  if (actual === "") return { refused: "the run printed nothing: removing the block is not a rewrite" };
  const body = actual.replace(/\n$/, "").split("\n");
  if (body.some((l) => l.trim() === "") && !/^\s*(```|~~~)/.test(lines.text(out.startLine - 1))) {
    return { refused: "the true output has a blank line, which would end an unfenced output block" };
  }
  const first = out.text.split("\n")[0]!;
  const start = lines.contentStart(out.startLine, first);
  if (start === null) return { refused: "the output block could not be located" };
  const prefix = lines.text(out.startLine).slice(0, start);
  return lines.replaceLines(out.startLine, out.endLine, body.map((l) => (l === "" ? prefix.trimEnd() : prefix + l)));
}

/** A `>>>` example's output lines (only the exception part of an expected traceback), at the prompt's indent. */
function doctestEdit(s: Snippet, c: Claim, jc: JsonClaim, actual: string, lines: RawLines): Planned {
  const e = s.examples![c.example!]!;
  if (jc.why) return { refused: jc.why };
  const body = actual === "" ? [] : actual.replace(/\n$/, "").split("\n");
  if (body.some((l) => l.trim() === "")) return { refused: "the true output has a blank line, which doctest would need written as <BLANKLINE>" };
  const indent = /^\s*/.exec(lines.text(e.line))![0];
  const want = e.want === "" ? [] : e.want.replace(/\n$/, "").split("\n");
  // An expected traceback keeps its header; only its `Type: message` lines are the claim.
  const keep = e.excMsg !== null && jc.expected === e.excMsg ? want.length - e.excMsg.replace(/\n$/, "").split("\n").length : 0;
  const sourceLines = e.source.replace(/\n$/, "").split("\n").length;
  const first = e.wantLine ? e.wantLine + keep : e.line + sourceLines;
  const last = e.wantLine ? e.wantLine + want.length - 1 : first - 1;
  return lines.replaceLines(first, last, body.map((l) => indent + l));
}

/** The raw text's lines with their offsets; line ends (`\n`, `\r\n`) are kept as the file has them. */
class RawLines {
  private readonly starts: number[] = [0];
  constructor(private readonly raw: string) {
    for (let i = raw.indexOf("\n"); i >= 0; i = raw.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  offset(line: number): number {
    return this.starts[line - 1] ?? this.raw.length;
  }

  slice(from: number, to: number): string {
    return this.raw.slice(from, to);
  }

  /** The line end the file uses. */
  eol(): string {
    return /\r\n/.test(this.raw) ? "\r\n" : "\n";
  }

  /** A line without its end. */
  text(line: number): string {
    const end = this.starts[line] === undefined ? this.raw.length : this.starts[line]! - 1;
    return this.raw.slice(this.offset(line), end).replace(/\r$/, "");
  }

  /** Where content (a code or output line as extracted, without its container's prefix) starts in a line. */
  contentStart(line: number, content: string): number | null {
    const t = this.text(line);
    return t.endsWith(content) ? t.length - content.length : null;
  }

  /** Lines first..last (none when last < first: an insertion before `first`) replaced by `body`. */
  replaceLines(first: number, last: number, body: string[]): Edit {
    const eol = this.eol();
    const from = this.offset(first);
    const to = last < first ? from : this.offset(last) + this.text(last).length;
    const text = body.join(eol) + (last < first && body.length ? eol : "");
    // Removing every line of an example's output also removes the line end that closed the last one.
    return last >= first && !body.length ? { from: from - eol.length, to, text: "" } : { from, to, text };
  }
}

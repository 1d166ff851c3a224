/**
 * The skip comments documents already carry for other documentation testers, read as tfscope markers
 * so a document needs no edit to adopt tfscope:
 *
 * - Sybil (sybil/parsers/markdown/lexers.py DirectiveInHTMLCommentLexer, myst `% skip:`, rest `.. skip:`):
 *   `<!-- skip: next -->`, `<!-- skip: start -->` … `<!-- skip: end -->`, with an optional reason
 *   (`skip: next "needs a GPU"`) or condition (`skip: next if(...)`);
 * - pytest-codeblocks: `<!--pytest-codeblocks:skip-->`, `<!--pytest.mark.skip-->`, `skipif(...)` in
 *   either spelling, `<!--pytest-codeblocks:skipfile-->`, `<!--pytest.mark.xfail-->`,
 *   `<!--pytest-codeblocks:expect-exception-->`, `<!--pytest-codeblocks:cont-->`.
 *
 * A condition (`if(...)`, `skipif(...)`) is Python about the reader's machine, which tfscope does not
 * evaluate: the snippet is skipped, and the reason says the condition was not evaluated, so a skip
 * never turns into a verdict about TF.
 */
import { type Markers, mergeMarkers } from "./markers.js";

/** What a comment does: to the next snippet, to snippets from here until an `end`, or to the rest of the file. */
export interface ForeignMarker {
  scope: "next" | "start" | "end" | "file";
  markers: Markers;
}

const SYBIL = /^\s*(?:<!--\s*skip:\s*(.*?)\s*-->|%\s*skip:\s*(.*?)|\.\.\s+skip:\s*(.*?))\s*$/;
const CODEBLOCKS = /^\s*<!--\s*(pytest-codeblocks:|pytest\.mark\.)([\w-]+)(\(.*\))?\s*-->\s*$/;

/** The marker a line (or a comment block's text) holds for another tool, or null. */
export function foreignMarker(text: string): ForeignMarker | null {
  const t = text.trim();
  const s = SYBIL.exec(t);
  if (s) return sybil((s[1] ?? s[2] ?? s[3])!);
  const p = CODEBLOCKS.exec(t);
  if (p) return codeblocks(p[1]!, p[2]!, p[3] ?? "");
  return null;
}

function sybil(args: string): ForeignMarker | null {
  const m = /^(next|start|end)\b\s*(.*)$/.exec(args);
  if (!m) return null;
  const scope = m[1] as "next" | "start" | "end";
  if (scope === "end") return { scope, markers: {} };
  const rest = m[2]!.trim();
  const quoted = /^(['"])(.*)\1$/.exec(rest);
  const reason = quoted ? `Sybil: ${quoted[2]}` : rest.startsWith("if") ? `Sybil: skip: ${scope} ${rest} (the condition is not evaluated)` : `Sybil: skip: ${scope}`;
  return { scope, markers: { skip: true, reason } };
}

function codeblocks(prefix: string, name: string, args: string): ForeignMarker | null {
  const tool = prefix.startsWith("pytest.mark") ? `pytest.mark.${name}` : `pytest-codeblocks:${name}`;
  switch (name) {
    case "skip":
      return { scope: "next", markers: { skip: true, reason: `${tool}${args}` } };
    case "skipif":
      return { scope: "next", markers: { skip: true, reason: `${tool}${args} (the condition is not evaluated)` } };
    case "skipfile":
      return { scope: "file", markers: { skip: true, reason: tool } };
    case "xfail":
    case "expect-exception":
      return { scope: "next", markers: { xfail: true, reason: tool } };
    case "cont":
      return { scope: "next", markers: { continue: true } };
    default:
      return null;
  }
}

/** Markers of another tool's `skip: start` (until its `end`), or of a `skipfile` (to the end). */
export type Region = { markers: Markers; ends: boolean } | null;

/** The pending markers and the open region after another tool's comment (foreign-markers.ts). */
export function applyForeign(f: ForeignMarker | null, markers: Markers, region: Region): { markers: Markers; region: Region } {
  if (!f) return { markers, region };
  if (f.scope === "next") return { markers: mergeMarkers(markers, f.markers), region };
  if (f.scope === "end") return { markers, region: region?.ends ? null : region };
  return { markers, region: { markers: f.markers, ends: f.scope === "start" } };
}

/** A block's markers: its own, over those of the region it sits in. */
export function withRegion(markers: Markers, region: Region): Markers {
  return region ? mergeMarkers(region.markers, markers) : markers;
}

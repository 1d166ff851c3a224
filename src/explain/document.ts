/**
 * Explaining a snippet of a document: found by the checker's extraction, run with the setup the
 * checker gives an independent example (`import tensorflow as tf` when assumed, and the definitions it
 * needs from earlier snippets, replayed first), every line a document line.
 */
import { fileHost } from "../python/files.js";
import type { Snippet } from "../docs/extract.js";
import { extract } from "../docs/extract.js";
import type { Outcome, Profile } from "../docs/outcome.js";
import { Readings } from "../docs/readings.js";
import { explainPieces, type Piece } from "./explain.js";
import { renderReasons } from "./render.js";
import type { Explanation } from "./schema.js";

/** Explains the snippet of `document` (text `text`) that contains line `line`; null when none does. */
export function explainDocumentLine(document: string, text: string, line: number, profile: Profile = "1.15"): Explanation | null {
  const found = extract(document, text);
  const s = found.snippets.find((x) => x.startLine <= line && line <= x.endLine);
  if (s === undefined) return null;
  // The snippet as an independent example: the definitions it needs from earlier snippets, replayed.
  const noSessions = () => {
    throw new Error("explain reads definitions only");
  };
  const { prelude, pieces: needed } = new Readings(document, found.snippets, noSessions, profile).definitions(s);
  const pieces = [...needed.map((p) => ({ code: p.code, firstLine: p.firstLine, interactive: p.interactive, replay: true })), ...piecesOf(s, false)];
  return explainPieces(pieces, {
    filename: document,
    profile: s.markers.profile ?? profile,
    python2: s.markers.python2 ? true : "auto",
    setup: Readings.assumedImports(prelude).join("\n"),
  });
}

function piecesOf(s: Snippet, replay: boolean): Piece[] {
  if (s.kind === "console") return (s.examples ?? []).map((e) => ({ code: e.source, firstLine: e.line, interactive: true, replay }));
  return [{ code: s.code, firstLine: s.startLine, replay }];
}

/**
 * The `explain` hook of the checker (`check(paths, { explain: explainForCheck })`): why the names and
 * exceptions of a contradicted snippet are what they are, as report lines.
 */
export function explainForCheck(snippet: Snippet, _outcome: Outcome): string {
  const text = fileHost().readText(snippet.document);
  if (text === null) {
    return "(no explanation: the document could not be read again)";
  }
  const x = explainDocumentLine(snippet.document, text, snippet.startLine, snippet.markers.profile ?? "1.15");
  return x === null ? "(no explanation: the snippet was not found again)" : renderReasons(x);
}

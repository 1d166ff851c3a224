import type { BlockClass } from "./code-lines.js";
import type { Markers } from "./markers.js";

/** A block of lines a document extractor found: fenced, indented, or a run of code lines in text. */
export interface Block {
  /** Document lines of the block's first and last content line (blank edges trimmed). */
  startLine: number;
  endLine: number;
  /** The content lines startLine..endLine, with container prefixes (`> `, list indent) removed. */
  lines: string[];
  /** The fence's language tag (first word of its info string), or null when it has none. */
  tag: string | null;
  cls: BlockClass;
  /** Markers written before the block (HTML comments) — code markers are read later, from the code. */
  markers: Markers;
  /** Non-blank document lines between the previous block and this one (prose, headings, fence lines excluded). */
  gap: string[];
}

/** Trims blank lines at both ends of `lines` (numbered from `first`), or returns null if all are blank. */
export function trimBlank(lines: string[], first: number): { lines: string[]; startLine: number; endLine: number } | null {
  let a = 0;
  let b = lines.length - 1;
  while (a <= b && lines[a]!.trim() === "") a++;
  while (b >= a && lines[b]!.trim() === "") b--;
  if (a > b) return null;
  return { lines: lines.slice(a, b + 1), startLine: first + a, endLine: first + b };
}

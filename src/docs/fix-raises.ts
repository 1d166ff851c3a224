/**
 * `check --fix` for `raises` comments (`# Raises ValueError("... v does not exists ...")`, `#
 * ValueError: Variable bar/v does not exist,...`). The author words such a claim as a fragment of the
 * message between elisions, so the fix rewrites only what is wrong and keeps the author's wording
 * around it: a wrong type name becomes the type TF raised, and a fragment piece that TF's message does
 * not contain becomes the smallest span of the true message covering the piece's words (`v does not
 * exists` → `v does not exist`), found by aligning words in order, a misspelt word matching its
 * neighbour. The result is checked with the judge's own rule (pieces in order in the squashed message)
 * before it is written; anything else is refused, saying why.
 */
import type { Claim } from "./claims.js";
import { containsInOrder, squash } from "./compare.js";

/** A replacement of line[from, to), or why there is none. */
export type LineEdit = { from: number; to: number; text: string } | { refused: string };

/**
 * The rewrite of a contradicted raises claim in its line of text. `actual` is the judge's value: the
 * exception line (`ValueError: message`), `no exception`, or `... (at line N)` when another line raised.
 */
export function raisesEdit(line: string, c: Claim, actual: string): LineEdit {
  if (actual === "no exception") return { refused: "TF raises nothing there: the claim is not a wrong value but a wrong statement, which only its author can reword" };
  if (/ \(at line \d+\)$/.test(actual)) return { refused: "TF raises at another line: the claim is about the wrong statement, which only its author can reword" };
  const m = /^([A-Za-z_][\w.]*)(?:: ([\s\S]*))?$/.exec(actual.trim());
  if (!m) return { refused: "no true exception line" };
  const [, rawType, message = ""] = m;
  const claimed = c.exceptionType ?? "";
  if (!claimed) return { refused: "the claim names no exception type and TF raises: nothing to rewrite" };
  const at = typeAt(line, claimed);
  if (at < 0) return { refused: "the exception's name could not be located in the comment" };
  const type = rawType!.split(".").pop()!;
  // `tf.errors.InvalidArgumentError` keeps its module path; only its last part is the class.
  const claimedLast = claimed.split(".").pop()!;
  const typeFrom = at + claimed.length - claimedLast.length;
  let text = line.slice(typeFrom);
  const typeOk = claimedLast === type;
  if (!typeOk) text = type + text.slice(claimedLast.length);
  const after = type.length;
  const pieces = (c.fragment ?? "").split("…").map(squash).filter(Boolean);
  const truth = squash(message.split("\n")[0]!);
  const full = squash(message);
  let cursor = after;
  let msgAt = 0;
  const rewritten: string[] = [];
  for (const piece of pieces) {
    const i = text.indexOf(piece, cursor);
    if (i < 0) return { refused: "the claimed message could not be located in the comment (its spacing differs from the fragment's)" };
    const found = full.indexOf(piece, msgAt);
    if (found >= 0) {
      msgAt = found + piece.length;
      cursor = i + piece.length;
      rewritten.push(piece);
      continue;
    }
    const span = align(piece, truth, msgAt);
    if (!span) return { refused: `none of the words of "${piece}" is in TF's message; a new fragment would be the author's wording, not a fix` };
    const quote = quoteAround(text, i);
    if (quote && span.text.includes(quote)) return { refused: `TF's message contains the comment's quote ${quote}` };
    text = text.slice(0, i) + span.text + text.slice(i + piece.length);
    cursor = i + span.text.length;
    msgAt = span.end;
    rewritten.push(squash(span.text));
  }
  if (!containsInOrder(full, rewritten)) return { refused: "the rewritten fragment would still not match TF's message" };
  if (text === line.slice(typeFrom)) return { refused: "nothing in the comment differs from TF's exception" };
  // Only the changed part is replaced: the comment keeps every byte around it.
  const old = line.slice(typeFrom);
  let head = 0;
  while (head < old.length && head < text.length && old[head] === text[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < text.length - head && old[old.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
  return { from: typeFrom + head, to: typeFrom + old.length - tail, text: text.slice(head, text.length - tail) };
}

/**
 * Where the claimed type is written: in the comment part of a code line, or opening the line (a
 * pasted traceback's exception line in an output block).
 */
function typeAt(line: string, type: string): number {
  for (let i = line.indexOf(type); i >= 0; i = line.indexOf(type, i + 1)) {
    const word = !/\w/.test(line[i - 1] ?? "") && !/\w/.test(line[i + type.length] ?? "");
    if (word && (line.lastIndexOf("#", i) >= 0 || /^[\s>]*$/.test(line.slice(0, i)))) return i;
  }
  return -1;
}

/** The quote character of the string literal the position sits in, if the fragment is quoted. */
function quoteAround(text: string, at: number): string | null {
  const q = /(['"])[^'"]*$/.exec(text.slice(0, at));
  return q ? q[1]! : null;
}

interface Word {
  text: string;
  from: number;
  to: number;
}

function words(s: string): Word[] {
  return [...s.matchAll(/[A-Za-z0-9_]+/g)].map((m) => ({ text: m[0].toLowerCase(), from: m.index!, to: m.index! + m[0].length }));
}

/** Same word, or a slip of it: `exists`/`exist`, `reuse`/`resuse` (one edit apart, four letters or more). */
function alike(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4) return false;
  return editDistanceAtMostOne(a, b);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * The smallest span of `message` (from offset `from` on) covering the most words of `piece` in order:
 * an in-order alignment (longest common subsequence under `alike`) for every start word, the best
 * count first, then the shortest span.
 */
export function align(piece: string, message: string, from = 0): { text: string; end: number } | null {
  const want = words(piece);
  const have = words(message).filter((w) => w.from >= from).slice(0, 400);
  let best: { count: number; first: number; last: number } | null = null;
  for (let s = 0; s < have.length; s++) {
    if (!want.some((w) => alike(w.text, have[s]!.text))) continue;
    const got = greedyEnds(want, have, s);
    const count = got.length;
    const last = got[count - 1]!;
    if (!best || count > best.count || (count === best.count && have[last]!.to - have[s]!.from < have[best.last]!.to - have[best.first]!.from)) {
      best = { count, first: s, last };
    }
  }
  if (!best) return null;
  return { text: message.slice(have[best.first]!.from, have[best.last]!.to), end: have[best.last]!.to };
}

/**
 * For alignments that start at have[s]: the earliest end index of an alignment of k words, for each k
 * reachable (a dynamic programme over the wanted words, so a skipped word of the piece costs nothing).
 */
function greedyEnds(want: Word[], have: Word[], s: number): number[] {
  // ends[k] = smallest index in `have` ending an in-order alignment of k wanted words that uses have[s] first.
  let ends: number[] = [];
  for (const w of want) {
    const next = [...ends];
    const search = (after: number) => {
      for (let i = after; i < have.length; i++) if (alike(w.text, have[i]!.text)) return i;
      return -1;
    };
    if (alike(w.text, have[s]!.text) && (next[0] === undefined || s < next[0])) next[0] = s;
    for (let k = 0; k < ends.length; k++) {
      const i = search(ends[k]! + 1);
      if (i >= 0 && (next[k + 1] === undefined || i < next[k + 1]!)) next[k + 1] = i;
    }
    ends = next;
  }
  return ends;
}

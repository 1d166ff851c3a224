import type { Token } from "./tokenize.js";

/** Python 2 print statements rewritten as Python 3 calls, so Lezer's grammar can read them. */
export interface Print2Rewrite {
  /** The rewritten text. */
  text: string;
  /** Sorted offsets, in `text`, of the characters the rewrite inserted. */
  inserts: number[];
  /** Each print statement by its source offset: whether it had `>>dest` and whether it ends a line
   * (no trailing comma). */
  prints: Map<number, { dest: boolean; nl: boolean }>;
}

/**
 * Rewrites each Python 2 print statement `print >>f, a, b,` as `print(  f, a, b,)` (the `>>` becomes
 * blanks, parentheses are inserted), keeping every other offset of the line computable. A statement
 * `print(x)` becomes `print((x))`: in Python 2 the parentheses belong to the expression, so
 * `print("a", "b")` prints a tuple. With `from __future__ import print_function`, print is a
 * function and nothing is rewritten. Statements are found in `src`; the edits apply to `spelled`, the
 * same-length text parse.ts prepared for Lezer.
 */
export function rewritePrints(src: string, spelled: string, tokens: readonly Token[]): Print2Rewrite {
  const prints = new Map<number, { dest: boolean; nl: boolean }>();
  const tok = (i: number) => tokens[i];
  const textOf = (t: Token | undefined) => (t ? src.slice(t.start, t.end) : "");
  if (/^\s*from\s+__future__\s+import\b[^\n]*\bprint_function\b/m.test(src)) return { text: spelled, inserts: [], prints };
  const edits: { at: number; text: string; del: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== "NAME" || t.depth !== 0 || textOf(t) !== "print" || !startsStatement(src, tokens, i)) continue;
    // In Python 2, print at the start of a statement is always the keyword.
    const next = tok(i + 1);
    const nt = textOf(next);
    // The statement runs to the NEWLINE or the next ";" at depth 0.
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.type !== "NEWLINE" && tokens[j]!.type !== "ENDMARKER" && !(tokens[j]!.depth === 0 && textOf(tokens[j]) === ";")) j++;
    const last = tokens[j - 1]!;
    const hasArgs = j > i + 1;
    prints.set(t.start, { dest: nt === ">>", nl: !(hasArgs && textOf(last) === ",") });
    if (!hasArgs) continue;
    edits.push({ at: t.end, text: "(", del: 0 });
    if (nt === ">>") edits.push({ at: next!.start, text: "  ", del: 2 });
    edits.push({ at: last.end, text: ")", del: 0 });
  }
  if (edits.length === 0) return { text: spelled, inserts: [], prints };
  let text = "";
  let from = 0;
  const inserts: number[] = [];
  for (const e of edits) {
    text += spelled.slice(from, e.at);
    if (e.del === 0) inserts.push(text.length);
    text += e.text;
    from = e.at + e.del;
  }
  text += spelled.slice(from);
  return { text, inserts, prints };
}

/** Whether token i begins a simple statement: first on its logical line, after a ";" or after the
 * ":" ending a compound statement's header. */
function startsStatement(src: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.type === "NEWLINE" || prev.type === "INDENT" || prev.type === "DEDENT") return true;
  const pt = src.slice(prev.start, prev.end);
  if (pt === ";" && prev.depth === 0) return true;
  if (pt !== ":" || prev.depth !== 0) return false;
  // The colon must end a compound header: the logical line starts with a block keyword, and no
  // lambda sits between (a `lambda:` is followed by an expression, never a statement).
  let k = i - 1;
  let lambda = false;
  while (k > 0 && !["NEWLINE", "INDENT", "DEDENT"].includes(tokens[k - 1]!.type)) {
    k--;
    if (src.slice(tokens[k]!.start, tokens[k]!.end) === "lambda") lambda = true;
  }
  return !lambda && /^(if|elif|else|while|for|try|except|finally|with|def|class)$/.test(src.slice(tokens[k]!.start, tokens[k]!.end));
}

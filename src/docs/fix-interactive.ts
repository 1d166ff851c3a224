/**
 * `check --fix --interactive`: shows each planned rewrite as a diff and asks, as `git add -p` does:
 * y (rewrite it), n (leave it), a (this one and all the rest), q (leave this one and the rest). Only
 * the accepted edits are made; an unknown answer asks again. The caller checks for a terminal first.
 */
import { unifiedDiff } from "./compare.js";
import { applyEdits, type DocumentFix } from "./fix.js";

/** Asks one question on the terminal and resolves to the line typed (null at end of input). */
export type Ask = (question: string) => Promise<string | null>;

/** Narrows each fix to the rewrites the user accepts; returns how many were declined. */
export async function chooseFixes(fixes: DocumentFix[], ask: Ask, write: (text: string) => void): Promise<number> {
  let all = false;
  let stop = false;
  let declined = 0;
  for (const f of fixes) {
    const keep: number[] = [];
    for (let k = 0; k < f.fixed.length; k++) {
      if (stop) {
        declined++;
        continue;
      }
      if (!all) {
        const e = f.fixed[k]!;
        write(`${e.at}: ${e.kind}\n${unifiedDiff(f.before, applyEdits(f.before, [f.edits[k]!]), [f.document, f.document])}\n`);
        const answer = await answerOf(ask);
        if (answer === "q") {
          stop = true;
          declined++;
          continue;
        }
        if (answer === "n") {
          declined++;
          continue;
        }
        if (answer === "a") all = true;
      }
      keep.push(k);
    }
    f.fixed = keep.map((k) => f.fixed[k]!);
    f.edits = keep.map((k) => f.edits[k]!);
    f.after = applyEdits(f.before, f.edits);
  }
  return declined;
}

async function answerOf(ask: Ask): Promise<"y" | "n" | "a" | "q"> {
  for (;;) {
    const line = await ask("Rewrite this claim [y,n,a,q]? ");
    // End of input answers as `q` would: nothing more is rewritten.
    if (line === null) return "q";
    const a = line.trim().toLowerCase();
    if (a === "y" || a === "n" || a === "a" || a === "q") return a;
  }
}

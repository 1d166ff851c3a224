/** What `check --fix` says: per document, the claims it rewrote (or the diff, with `--diff`) and those it refused, with why. */
import { unifiedDiff } from "./compare.js";
import type { DocumentFix } from "./fix.js";

export function fixReport(fixes: readonly DocumentFix[], diff: boolean, declined = 0): string {
  const out: string[] = [];
  let fixed = 0;
  let refused = 0;
  for (const f of fixes) {
    fixed += f.fixed.length;
    refused += f.refused.length;
    if (diff && f.after !== f.before) out.push(unifiedDiff(f.before, f.after, [f.document, f.document]));
    if (!diff && f.fixed.length) out.push(`${f.document}: rewrote ${f.fixed.length} claim(s)`);
    if (!diff) for (const e of f.fixed) out.push(`  ${e.at}: ${e.kind}: ${one(e.expected)} → ${one(e.actual)}`);
    for (const e of f.refused) out.push(`${e.at}: ${e.kind} not rewritten: ${e.refused}`);
  }
  const left = [refused ? `${refused} left as they are` : "", declined ? `${declined} declined` : ""].filter(Boolean).join(", ");
  out.push(`${diff ? "would rewrite" : "rewrote"} ${fixed} contradicted claim(s)${left ? `; ${left}` : ""}`);
  return out.join("\n") + "\n";
}

function one(s: string): string {
  const t = s.replace(/\n$/, "").replace(/\n/g, "⏎");
  return t.length > 60 ? t.slice(0, 57) + "…" : t;
}

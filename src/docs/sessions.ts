import type { Snippet } from "./extract.js";
import { scanNames } from "./python-names.js";

/** How a snippet is run relative to the document's earlier snippets. */
export interface SessionPlan {
  /** `fresh`: a new default graph and globals, the document's earlier imports re-run; `continue`: the earlier snippets' session. */
  mode: "fresh" | "continue";
  /** Why, in words, for the report. */
  reason: string;
  /** Indexes of the earlier snippets whose names this one uses (continue only). */
  dependsOn: number[];
  /** Import statements of earlier snippets, re-run before a fresh snippet. */
  imports: string[];
  /** Lines tfscope supplies because the document assumes them (`import tensorflow as tf`). */
  prelude: string[];
}

const TF_IMPORT = "import tensorflow as tf";

/**
 * Decides, for each snippet, whether it continues earlier snippets: it does when it reads a name
 * an earlier snippet bound in its module namespace (imports aside), since a reader running the page
 * top to bottom would have that name — and that graph. Otherwise it is an independent example.
 * `reset` / `continue` markers override. When a snippet reads `tf` that nothing before it imports,
 * `import tensorflow as tf` is supplied: the document clearly assumes it.
 */
export function planSessions(snippets: readonly Snippet[]): SessionPlan[] {
  const definers = new Map<string, number>();
  const imports: string[] = [];
  const importedNames = new Set<string>();
  const plans: SessionPlan[] = [];
  for (const s of snippets) {
    const code = s.kind === "console" ? (s.examples ?? []).map((e) => e.source).join("") : s.code;
    const names = scanNames(code);
    const free = [...names.used].filter((n) => !names.bound.has(n));
    const borrowed = free.filter((n) => definers.has(n));
    const dependsOn = [...new Set(borrowed.map((n) => definers.get(n)!))].sort((a, b) => a - b);
    let plan: SessionPlan;
    if (s.markers.reset || (!s.markers.continue && dependsOn.length === 0)) {
      const why = s.markers.reset ? "a `reset` marker" : "it uses no names defined by earlier snippets";
      plan = { mode: "fresh", reason: `fresh: ${why}`, dependsOn: [], imports: [...imports], prelude: [] };
    } else if (s.markers.continue && dependsOn.length === 0) {
      const prev = s.index > 1 ? [s.index - 1] : [];
      plan = { mode: "continue", reason: "continue: a `continue` marker", dependsOn: prev, imports: [], prelude: [] };
    } else {
      const shown = borrowed.slice(0, 5).map((n) => `\`${n}\` (snippet ${definers.get(n)})`).join(", ");
      plan = { mode: "continue", reason: `continue: uses ${shown}`, dependsOn, imports: [], prelude: [] };
    }
    if (free.includes("tf") && !importedNames.has("tf") && !definers.has("tf")) plan.prelude.push(TF_IMPORT);
    plans.push(plan);
    for (const n of names.globals) {
      if (names.imported.has(n)) importedNames.add(n);
      else definers.set(n, s.index);
    }
    for (const imp of names.imports) if (!imports.includes(imp.text)) imports.push(imp.text);
  }
  return plans;
}

/** The earlier snippets a continuing snippet needs, transitively, in document order. */
export function chainOf(index: number, plans: readonly SessionPlan[]): number[] {
  const seen = new Set<number>();
  const visit = (i: number) => {
    for (const d of plans[i - 1]?.dependsOn ?? []) {
      if (!seen.has(d)) {
        seen.add(d);
        visit(d);
      }
    }
  };
  visit(index);
  return [...seen].sort((a, b) => a - b);
}

/**
 * The def/use graph across a document's snippets (`check --explain-deps`): for each snippet, the names
 * it reads that an earlier snippet binds at module level, each from the latest snippet binding it
 * before, as a reader running the page top to bottom would get it ("snippet 5 uses `v` from snippet
 * 2"): the names a snippet reads before binding them itself, following Python's scoping
 * (python-scopes.ts), never by running. Imported names (`tf`, `np`) are left out:
 * they are the page's set-up, not state one snippet hands another.
 */
import type { Extraction, Snippet } from "./extract.js";
import { type SnippetNames, snippetNames } from "./python-scopes.js";
import { unitsOf } from "./run.js";

/** One snippet's uses of earlier snippets' names. */
export interface SnippetDeps {
  snippet: number;
  /** Each earlier snippet it uses, with the names it takes from it. */
  uses: { from: number; names: string[] }[];
}

/** The graph of one document, in snippet order. */
export function dependencies(found: Extraction): SnippetDeps[] {
  const bound = new Map<string, number>();
  return found.snippets.map((s) => {
    const names = scan(s);
    const byFrom = new Map<number, string[]>();
    for (const name of [...names.needs].sort()) {
      const from = bound.get(name);
      if (from !== undefined) byFrom.set(from, [...(byFrom.get(from) ?? []), name]);
    }
    for (const st of names.statements) {
      for (const name of st.binds) {
        if (st.isImport) bound.delete(name);
        else bound.set(name, s.index);
      }
    }
    return { snippet: s.index, uses: [...byFrom].sort(([a], [b]) => a - b).map(([from, names]) => ({ from, names })) };
  });
}

function scan(s: Snippet): Pick<SnippetNames, "needs" | "statements"> {
  try {
    return snippetNames(unitsOf(s).map((u) => u.code).join("\n"));
  } catch {
    return { needs: new Set(), statements: [] };
  }
}

/** The graph for people: one line a snippet, named by line (or cell) as the report names them. */
export function dependencyReport(found: Extraction, deps: readonly SnippetDeps[]): string {
  const name = (k: number) => {
    const s = found.snippets[k - 1]!;
    return s.notebook ? `cell ${s.notebook.cell}` : `snippet ${k} (line ${s.startLine})`;
  };
  const out = [`dependencies of ${found.document}`];
  for (const d of deps) {
    const uses = d.uses.map((u) => `${u.names.map((n) => `\`${n}\``).join(", ")} from ${name(u.from)}`);
    out.push(`  ${name(d.snippet)} ${uses.length ? `uses ${uses.join("; ")}` : "uses nothing from earlier snippets"}`);
  }
  return out.join("\n") + "\n";
}

/** explain's answer turned into the names the editor shows beside each line, with their reasons. */
import type { Explanation, ScopeNode } from "./core.js";
import type { LineName } from "./protocol.js";

/** Every scope, variable and op (not a variable's own Assign/read/Initializer ops) by the line that made it. */
export function lineNames(x: Explanation): LineName[] {
  const out: LineName[] = [];
  for (const g of x.graphs) {
    const walk = (n: ScopeNode) => {
      if (n.site.line !== null) {
        out.push({
          line: n.site.line,
          name: n.variableScope ? n.variableScope.name : n.nameScope,
          kind: "scope",
          detail: n.variableScope ? `variable_scope, name scope ${n.nameScope || "(root)"}` : "name_scope",
          reasons: n.reasons,
        });
      }
      n.children.forEach(walk);
    };
    g.scopes.forEach(walk);
    for (const gr of g.groups) {
      for (const v of gr.variables) {
        if (v.site.line !== null) out.push({ line: v.site.line, name: `${v.opName}:0`, kind: "variable", detail: `${v.via}, ${v.action}`, reasons: v.reasons });
      }
      for (const o of gr.ops) {
        if (o.ofVariable === null && o.site.line !== null) out.push({ line: o.site.line, name: o.name, kind: "op", detail: o.type, reasons: o.reasons });
      }
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The names of one line as the editor shows them (`a, b +3`). */
export function lineLabel(names: readonly LineName[], max = 3): string {
  const shown = names.slice(0, max).map((n) => n.name);
  return names.length > max ? `${shown.join(", ")} +${names.length - max}` : shown.join(", ");
}

/** Lines whose names differ between two runs (a line that names nothing in one of them included). */
export function differingLines(a: readonly LineName[], b: readonly LineName[]): Set<number> {
  const byLine = (xs: readonly LineName[]) => {
    const m = new Map<number, string>();
    for (const n of xs) m.set(n.line, `${m.get(n.line) ?? ""}\n${n.kind}:${n.name}`);
    return m;
  };
  const ma = byLine(a), mb = byLine(b);
  const out = new Set<number>();
  for (const line of new Set([...ma.keys(), ...mb.keys()])) if (ma.get(line) !== mb.get(line)) out.add(line);
  return out;
}

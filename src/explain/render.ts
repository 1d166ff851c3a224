/** The explanation as text, for `tfscope explain` and `tfscope check --explain`. */
import type { ErrorExplanation, Explanation, GraphExplanation, ScopeNode, Site } from "./schema.js";
import { at, q } from "./words.js";

/** Renders the whole explanation. */
export function renderExplanation(x: Explanation): string {
  const out: string[] = [`${x.filename} under TensorFlow ${x.profile}`];
  if (x.syntaxError) out.push("", `SyntaxError at line ${x.syntaxError.line}: ${x.syntaxError.message} (nothing ran)`);
  for (const g of x.graphs) out.push(...renderGraph(g, x.graphs.length > 1));
  if (x.errors.length) {
    out.push("", "Exceptions");
    for (const e of x.errors) out.push(...renderError(e));
  }
  if (x.exception && !x.syntaxError && !x.unsupported && !x.errors.some((e) => e.uncaught)) out.push("", `${x.exception.type} at line ${x.exception.line ?? "?"}: ${firstLine(x.exception.message)}`);
  for (const n of x.notes) out.push("", `Note: ${n}`);
  if (x.unsupported) {
    out.push("", `tfscope does not support ${x.unsupported.feature}${x.unsupported.line !== null ? ` (line ${x.unsupported.line})` : ""}: nothing after it is explained`);
  }
  return `${out.join("\n")}\n`;
}

/** Every reason, one name per line, then the exceptions: what `check --explain` attaches to a report. */
export function renderReasons(x: Explanation): string {
  const out: string[] = [];
  const item = (what: string, site: Site, reasons: readonly string[]) => {
    if (reasons.length) out.push(`${what} (${at(site)}): ${reasons.join("; ")}`);
  };
  for (const g of x.graphs) {
    const walk = (n: ScopeNode) => {
      item(n.variableScope ? `variable_scope ${q(n.variableScope.name)}` : `name_scope ${q(n.nameScope)}`, n.site, n.reasons);
      n.children.forEach(walk);
    };
    g.scopes.forEach(walk);
    for (const gr of g.groups) {
      for (const v of gr.variables) item(q(v.name), v.site, v.reasons);
      for (const o of gr.ops) item(q(o.name), o.site, o.reasons);
    }
  }
  for (const e of x.errors) out.push(...renderError(e).map((l) => l.trimStart()));
  return out.join("\n");
}

function renderGraph(g: GraphExplanation, numbered: boolean): string[] {
  const out: string[] = [];
  const title = numbered ? ` (graph ${g.index})` : "";
  if (g.scopes.length) {
    out.push("", `Scopes${title}`);
    const walk = (n: ScopeNode, depth: number) => {
      out.push(`${"  ".repeat(depth + 1)}${scopeHeadline(n)}`);
      for (const r of n.reasons) out.push(`${"  ".repeat(depth + 2)}- ${r}`);
      for (const c of n.children) walk(c, depth + 1);
    };
    for (const n of g.scopes) walk(n, 0);
  }
  out.push("", `Ops and variables by name scope${title}`);
  const allOps = g.groups.flatMap((gr) => gr.ops);
  if (g.groups.length === 0) out.push("  (none)");
  for (const gr of g.groups) {
    const shown = gr.ops.filter((o) => o.ofVariable === null);
    if (gr.variables.length === 0 && shown.length === 0) continue;
    out.push(`  ${gr.nameScope === "" ? "(root)" : gr.nameScope}`);
    for (const v of gr.variables) {
      const own = v.action === "created" ? allOps.filter((o) => o.ofVariable === v.opName).length : 0;
      const ops = own > 0 ? ` (${own} ops under ${q(v.opName)})` : "";
      out.push(`    variable ${q(v.name)}: ${v.via}, ${v.action} at ${at(v.site)}${ops}`);
      for (const r of v.reasons) out.push(`      - ${r}`);
    }
    for (const o of shown) {
      out.push(`    op ${q(o.name)} (${o.type}) at ${at(o.site)}`);
      for (const r of o.reasons) out.push(`      - ${r}`);
    }
  }
  return out;
}

function scopeHeadline(n: ScopeNode): string {
  const ns = n.nameScope === "" ? "the root name scope" : `name scope ${q(n.nameScope)}`;
  const vs = n.variableScope;
  if (!vs) return `${at(n.site)}: name_scope → ${ns}`;
  const how = vs.how === "string" ? "by name" : vs.how === "object" ? "by a captured scope object" : "by default_name";
  const name = vs.name === "" ? "the root variable scope" : `variable scope ${q(vs.name)}`;
  return `${at(n.site)}: variable_scope ${how} → ${name}, ${ns}; original_name_scope ${vs.originalNameScope ? q(vs.originalNameScope) : '""'}`;
}

function renderError(e: ErrorExplanation): string[] {
  const state = e.uncaught ? "" : " (caught)";
  return [`  ${e.type} at ${at(e.site)}${state}: ${firstLine(e.message)}`, ...e.reasons.map((r) => `    - ${r}`)];
}

function firstLine(s: string): string {
  const i = s.indexOf("\n");
  return i < 0 ? s : s.slice(0, i);
}

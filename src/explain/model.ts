/**
 * Turns what the recorder collected into the explanation's data: the scope tree in order of entry,
 * and every op and variable grouped by the name scope its name sits in.
 */
import * as tf from "../tf/index.js";
import type { GraphLog, ScopeRecord } from "./recorder.js";
import { opRules, scopeRules, variableRules } from "./rules.js";
import type { GraphExplanation, OpEntry, ScopeGroup, ScopeNode, VariableEntry } from "./schema.js";
import { slash } from "./words.js";

export function graphExplanation(g: GraphLog): GraphExplanation {
  return { index: g.index, scopes: scopeTree(g), groups: groups(g) };
}

function scopeTree(g: GraphLog): ScopeNode[] {
  // A `with` line's op (e.g. `with tf.control_dependencies([a + b])`) names itself through a name
  // scope of its own name: that scope is the op's, not the snippet's.
  const opNames = new Set(g.ops.map((o) => o.op.name));
  // A library re-entering its own scope object (a layer's every call) is plumbing, not the snippet's.
  const kept = g.scopes.filter((s) => (s.vs !== null ? s.withLine || s.vs.how !== "object" : s.got === null || !opNames.has(s.got)));
  const nodes = new Map<ScopeRecord, ScopeNode>();
  const roots: ScopeNode[] = [];
  for (const r of kept) {
    const vs = r.vs;
    const node: ScopeNode = {
      id: r.id,
      kind: vs ? "variableScope" : "nameScope",
      site: r.site,
      nameScope: slash(r.got),
      nameScopeHow: vs ? vs.nameScopeHow : r.got === null ? "root" : r.requested?.endsWith("/") ? "absolute" : "relative",
      reasons: scopeRules(g, r),
      children: [],
    };
    if (vs) {
      node.variableScope = {
        name: vs.name,
        how: vs.how,
        reuse: vs.reuse,
        reuseOrigin: vs.origin,
        reuseVariablesAt: vs.reuseVariablesAt,
        originalNameScope: vs.originalNameScope,
      };
    }
    nodes.set(r, node);
    let p = r.parent;
    while (p !== null && !nodes.has(p)) p = p.parent;
    (p === null ? roots : nodes.get(p)!.children).push(node);
  }
  return roots;
}

function groups(g: GraphLog): ScopeGroup[] {
  const byScope = new Map<string, ScopeGroup>();
  const group = (name: string): ScopeGroup => {
    const ns = name.includes("/") ? name.slice(0, name.lastIndexOf("/") + 1) : "";
    let gr = byScope.get(ns);
    if (gr === undefined) byScope.set(ns, (gr = { nameScope: ns, variables: [], ops: [] }));
    return gr;
  };
  const store = g.graph.firstInCollection(tf.VARSTORE_KEY);
  const stored = new Set(store instanceof tf.VariableStore ? store.vars.values() : []);
  const varOps: string[] = [];
  for (const v of g.variables) {
    const viaGetVariable = stored.has(v.variable);
    if (v.action === "created") varOps.push(v.opName);
    const entry: VariableEntry = {
      name: v.name,
      opName: v.opName,
      via: viaGetVariable ? "get_variable" : "tf.Variable",
      action: v.action,
      site: v.site,
      variableScope: viaGetVariable ? (v.scope?.name ?? "") : null,
      reasons: variableRules(g, v, viaGetVariable),
    };
    group(v.name).variables.push(entry);
  }
  for (const o of g.ops) {
    const name = o.op.name;
    const owner = varOps.find((n) => name === n || name.startsWith(`${n}/`)) ?? null;
    const entry: OpEntry = { name, type: o.op.type, site: o.site, ofVariable: owner, reasons: owner === null ? opRules(g, o) : [] };
    group(name).ops.push(entry);
  }
  return [...byScope.values()].sort((a, b) => (a.nameScope < b.nameScope ? -1 : a.nameScope > b.nameScope ? 1 : 0));
}

/**
 * One function per naming rule: each returns the plain-words reason a name is what it is, citing the
 * earlier line involved. The rules are TF 1.15's: `Graph.unique_name` (ops.py 4145-4195), name scopes
 * (ops.py 4031-4143), variable scopes (variable_scope.py 1776-1972, 2230-2347) and get_variable's full
 * name (variable_scope.py 1173-1243).
 */
import type { GraphLog, OpRecord, ScopeRecord, UniquifiedRecord, VariableRecord } from "./recorder.js";
import { at, entryOf, originWords, q, reuseWords, scopeName, slash } from "./words.js";

/** `got` is not what was asked for: `names_in_use` already held the lower-cased name. */
export function uniqueNameRule(g: GraphLog, u: UniquifiedRecord, note?: string, isScope = false): string {
  const op = g.opHolders.get(u.key);
  const scope = g.scopeHolders.get(u.key);
  // An op named by its wrapper's name scope takes the scope's name: name the op, it is what the reader sees.
  const holder = op ?? scope;
  let s = `${q(isScope ? `${u.got}/` : u.got)} because `;
  if (holder === undefined) s += `${q(u.requested)} was already taken`;
  else if (holder.what === "op") s += `${q(holder.name)} at ${at(holder.site)} holds ${q(u.key)}`;
  else s += `the name scope ${q(holder.name)} was taken at ${at(holder.site)}`;
  if (holder !== undefined && holder.name !== u.requested) s += " (names are unique regardless of case)";
  if (u.count > 1) s += `; ${q(u.key)} had been used ${u.count} times`;
  const first = `${u.key}_${u.count}`;
  if (u.got.toLowerCase() !== first) s += `; ${q(first)} was taken too`;
  return note ? `${s} (${note})` : s;
}

/** Why a `with` block's scope names are what they are. */
export function scopeRules(g: GraphLog, r: ScopeRecord): string[] {
  const out: string[] = [];
  const vs = r.vs;
  if (vs === null) {
    if (r.got === null) out.push("name_scope(None) or name_scope(\"\") returns to the root name scope");
    else if (r.requested?.endsWith("/")) out.push(`${q(r.requested)} ends in \`/\`, so it is used as written: not prefixed, not uniquified`);
    else if (r.uniquified) out.push(uniqueNameRule(g, r.uniquified, undefined, true));
    return out;
  }
  const ns = slash(r.got);
  if (vs.how === "string") {
    const parent = vs.name.includes("/") ? vs.name.slice(0, vs.name.lastIndexOf("/")) : "";
    out.push(`variable scope ${q(vs.name)}: ${parent ? `the enclosing variable scope ${q(parent)} plus the string` : "the string itself"} (a variable scope name is never uniquified)`);
  } else if (vs.how === "object") {
    const first = g.scopes.find((s) => s !== r && s.vs?.name === vs.name);
    if (vs.name === "") out.push("re-enters the root scope object (tf.get_variable_scope() at the top level): a copy of the root, in effect only inside this block");
    else out.push(`re-enters the captured scope ${q(vs.name)}${first ? ` made at ${at(first.site)}` : ""}; its original_name_scope stays ${q(vs.originalNameScope)}`);
  } else {
    out.push(defaultNameRule(vs.name, vs.defaultCount ?? 0, r));
  }
  if (vs.nameScopeHow === "none") out.push("the root scope object opens no name scope");
  else if (vs.nameScopeHow === "current") out.push(`auxiliary_name_scope=False: no new name scope, the block stays in ${ns ? q(ns) : "the root name scope"}`);
  else if (r.uniquified) {
    const earlier = g.scopes.some((s) => s.id < r.id && s.vs?.name === vs.name);
    const note =
      vs.how === "string" && earlier
        ? "re-entering a variable scope by string opens a new name scope"
        : vs.how === "object"
          ? "re-entering a scope object opens a new name scope from its last name component"
          : undefined;
    out.push(uniqueNameRule(g, r.uniquified, note, true));
  }
  out.push(`${reuseWords(vs.reuse)}: ${originWords(g, vs.origin, vs.reuse)}`);
  if (vs.reuseVariablesAt) out.push(`reuse_variables() at ${at(vs.reuseVariablesAt)} set reuse=True from there on`);
  return out;
}

function defaultNameRule(name: string, count: number, r: ScopeRecord): string {
  const slashAt = name.lastIndexOf("/");
  const parent = slashAt < 0 ? "" : name.slice(0, slashAt);
  const plain = r.vs!.defaultSeenBefore?.vs?.name.slice(slashAt + 1) ?? r.requested ?? name.slice(slashAt + 1);
  const under = parent ? `under ${q(parent)}` : "under the root scope";
  let s = `${q(name.slice(slashAt + 1))} from default_name: the counter for ${q(plain)} ${under} was ${count}`;
  const reset = r.vs!.resetBy;
  if (count === 0 && reset?.vs) {
    s +=
      reset.vs.how === "object"
        ? ` (leaving the re-entered scope ${q(reset.vs.name)} of ${at(reset.site)} restored the counters it found on entry)`
        : ` (leaving ${scopeName(reset.vs.name)} of ${at(reset.site)} reset the counters beneath it)`;
  }
  return s;
}

/** Why an op has its name. */
export function opRules(g: GraphLog, o: OpRecord): string[] {
  const out: string[] = [];
  const u = g.uniquified.get(o.op.name);
  if (u) out.push(uniqueNameRule(g, u));
  const dir = o.op.name.includes("/") ? o.op.name.slice(0, o.op.name.lastIndexOf("/")) : "";
  if (o.variableScope !== "" && dir !== o.variableScope && !dir.startsWith(`${o.variableScope}/`)) {
    out.push(`ops follow the name scope ${dir ? q(`${dir}/`) : "(the root)"}, not the variable scope ${q(o.variableScope)}`);
  }
  return out;
}

/** Why a variable got (or found) its name. */
export function variableRules(g: GraphLog, v: VariableRecord, viaGetVariable: boolean): string[] {
  const out: string[] = [];
  if (!viaGetVariable) {
    const dir = v.opName.includes("/") ? v.opName.slice(0, v.opName.lastIndexOf("/")) : "";
    const vsName = v.scope?.name ?? "";
    if (vsName !== "" && dir !== vsName) out.push(`tf.Variable takes the name scope ${dir ? q(`${dir}/`) : "(the root)"}, not the variable scope ${q(vsName)}`);
    const u = g.uniquified.get(v.opName);
    if (u) out.push(uniqueNameRule(g, u));
    return out;
  }
  const vsName = v.scope?.name ?? "";
  const requested = vsName ? v.name.slice(vsName.length + 1) : v.name;
  const entry = v.scope ? entryOf(g, v.scope) : null;
  out.push(
    vsName
      ? `get_variable puts the variable scope ${q(vsName)}${entry ? ` (entered at ${at(entry.site)})` : ""} before ${q(requested)}`
      : `get_variable at the root scope uses ${q(requested)} as is`,
  );
  const inner = v.open.at(-1);
  const stack = inner ? slash(inner.got) : "";
  if (stack !== slash(vsName) && stack !== "") {
    const nameOnly = v.open.filter((s) => s.vs === null && s.got !== null);
    const cited = (nameOnly.length ? nameOnly : [inner!]).map((s) => `${q(s.got!)} opened at ${at(s.site)}`);
    out.push(`${q(v.name)}, not ${q(stack + requested)}: get_variable ignores the name scope ${cited.join(", ")}`);
  }
  if (v.opName !== v.name) {
    const u = g.uniquified.get(v.opName);
    out.push(`its op is ${q(v.opName)}, not ${q(v.name)}${u ? `: ${uniqueNameRule(g, u)}` : ""} (the store key stays ${q(v.name)})`);
  }
  const reuse = v.reuse;
  const origin = v.origin ? originWords(g, v.origin, reuse) : "";
  if (v.action === "reused") {
    const made = g.variables.find((w) => w.name === v.name && w.action === "created");
    out.push(`reused${made ? ` the variable created at ${at(made.site)}` : ""}: ${reuseWords(reuse)} here (${origin})`);
  } else if (reuse !== false) {
    out.push(`created: ${reuseWords(reuse)} here (${origin}) and ${q(v.name)} did not exist yet`);
  }
  return out;
}

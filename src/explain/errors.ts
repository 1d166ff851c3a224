/**
 * Why TensorFlow raised: the store's reuse checks (variable_scope.py 852-886), variable_scope's
 * argument checks (2183-2202, E10 and E14), shape/dtype sharing checks, and op input dtypes
 * (op_def_library.py 547-562). Each reason cites the earlier line involved.
 */
import type { ErrorRecord, GraphLog, VariableRecord } from "./recorder.js";
import { at, entryOf, originWords, q, reuseWords, scopeName } from "./words.js";

/** The reasons for one recorded exception (empty when no rule applies). */
export function errorRules(e: ErrorRecord): string[] {
  const g = e.graph;
  let m: RegExpExecArray | null;
  if ((m = /^Variable (\S+) already exists, disallowed\./.exec(e.message))) return alreadyExists(g, e, m[1]!);
  if ((m = /^Variable (\S+) does not exist, or was not created with tf\.get_variable\(\)\./.exec(e.message))) return doesNotExist(g, e, m[1]!);
  if (e.message === "If default_name is None then name_or_scope is required") {
    return [
      "variable_scope(None) has no name to open: pass a name (`variable_scope(\"block\")`), a captured scope object " +
        "(`variable_scope(tf.get_variable_scope())` re-enters the current variable scope), or `default_name=\"block\"` for a fresh, uniquified scope",
    ];
  }
  if (e.message === "reuse=True cannot be used without a name_or_scope") {
    return ["a default_name scope is always a new scope, so there is nothing to reuse: pass the scope's name or its captured object with reuse=True"];
  }
  if ((m = /^Trying to share variable (\S+), but specified (shape|dtype) (.+) and found \2 (.+)\.$/.exec(e.message))) {
    const made = createdAt(g, m[1]!);
    return [`${q(m[1]!)} exists${made ? ` (created at ${at(made.site)})` : ""} with ${m[2]} ${m[4]}; this call asks for ${m[3]}${m[2] === "dtype" ? " (get_variable's dtype defaults to the scope's, float32)" : ""}`];
  }
  if ((m = /^Input '(\w+)' of '(\w+)' Op has type (\w+) that does not match type (\w+) of argument '(\w+)'\./.exec(e.message))) {
    return [`${m[2]} takes inputs of one dtype: ${q(m[5]!)} is ${m[4]} but ${q(m[1]!)} is ${m[3]}; make them match (tf.cast, or float literals where integer ones made an int32 tensor)`];
  }
  return [];
}

function createdAt(g: GraphLog, name: string): VariableRecord | undefined {
  return g.variables.find((v) => v.name === name && v.action === "created");
}

function alreadyExists(g: GraphLog, e: ErrorRecord, name: string): string[] {
  const out: string[] = [];
  const made = createdAt(g, name);
  out.push(`${q(name)} was created at ${made ? at(made.site) : "an earlier call"}`);
  const scope = e.scope;
  const entry = scope ? entryOf(g, scope) : null;
  const where = scope ? `${scopeName(scope.name)}${entry ? ` (entered at ${at(entry.site)})` : ""}` : "the current scope";
  out.push(`here, in ${where}, ${reuseWords(e.reuse)}: ${e.origin ? originWords(g, e.origin, e.reuse) : "the root scope"}`);
  // A reusing block that has ended no longer counts: cite it, it is the usual surprise. The one for
  // this very scope first (a reusing copy of it), else one whose prefix the name carries.
  const ended = g.scopes.filter((s) => s.vs !== null && s.vs.reuse !== false && !e.open.includes(s));
  const here = scope?.name ?? "";
  const last = ended.filter((s) => s.vs!.name === here).at(-1) ?? ended.filter((s) => s.vs!.name !== "" && name.startsWith(`${s.vs!.name}/`)).at(-1);
  if (last?.vs) {
    out.push(`the ${reuseWords(last.vs.reuse)} of ${scopeName(last.vs.name)} at ${at(last.site)} held only inside its with block${last.vs.how === "object" ? ", on a copy of that scope" : ""}`);
  }
  out.push("to share it, get it under reuse=True or reuse=tf.AUTO_REUSE (an argument of variable_scope, or scope.reuse_variables())");
  return out;
}

function doesNotExist(g: GraphLog, e: ErrorRecord, name: string): string[] {
  const out: string[] = [];
  const scope = e.scope;
  out.push(`${reuseWords(e.reuse)} here${e.origin ? ` (${originWords(g, e.origin, e.reuse)})` : ""}, so get_variable only fetches, and the store has no ${q(name)}`);
  const plain = g.variables.find((v) => v.opName === name && !e.storeKeys.includes(v.name));
  if (plain) out.push(`${q(name)} at ${at(plain.site)} is a tf.Variable: get_variable only finds variables that get_variable created`);
  const prefix = scope && scope.name ? `${scope.name}/` : "";
  const under = e.storeKeys.filter((k) => k.startsWith(prefix));
  if (e.storeKeys.length === 0) out.push("no variable has been made with get_variable in this graph yet");
  else if (under.length === 0) out.push(`the store holds nothing under ${q(prefix)}`);
  else out.push(`under ${prefix ? q(prefix) : "the root"} the store holds ${under.map(q).join(", ")}`);
  const closest = nearest(name, e.storeKeys);
  if (closest !== null) out.push(`the closest stored name is ${q(closest)}`);
  return out;
}

/** The stored name nearest to `name` by edit distance, when it is near enough to be a likely slip. */
function nearest(name: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const n of names) {
    const d = editDistance(name, n);
    if (d < bestD) [best, bestD] = [n, d];
  }
  return best !== null && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

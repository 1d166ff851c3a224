/** The small phrases every explanation shares. */
import type { GraphLog, ScopeRecord } from "./recorder.js";
import type { ReuseOrigin, Site } from "./schema.js";

/** A name as code: `foo/v`. */
export function q(s: string): string {
  return `\`${s}\``;
}

/** "line 5", or "line 5, called from line 11" when it ran inside a function. */
export function at(site: Site): string {
  if (site.line === null) return "library code";
  const caller = site.calls.at(-1);
  return caller === undefined ? `line ${site.line}` : `line ${site.line}, called from line ${caller}`;
}

/** A variable scope by name: `foo`, or "the root scope". */
export function scopeName(name: string): string {
  return name === "" ? "the root scope" : `the variable scope ${q(name)}`;
}

export function reuseWords(reuse: boolean | "AUTO_REUSE" | null | unknown): string {
  if (reuse === "AUTO_REUSE" || (reuse !== true && reuse !== false && reuse !== null)) return "reuse=AUTO_REUSE";
  return reuse === true ? "reuse=True" : "reuse off";
}

/** Where a scope's reuse came from, following inheritance back to its source. */
export function originWords(g: GraphLog, origin: ReuseOrigin, reuse: unknown, depth = 0): string {
  switch (origin.kind) {
    case "root":
      return "the root scope's own setting (the root does not reuse unless reuse_variables() is called on it)";
    case "argument":
      return `the argument given at ${at(origin.site)}`;
    case "reuse_variables":
      return `reuse_variables() at ${at(origin.site)}`;
    case "parent":
    case "captured": {
      const entry = origin.entry === null ? null : g.scopes[origin.entry];
      const from = origin.kind === "parent" ? `inherited from ${scopeName(origin.scope)}` : `kept from the captured scope ${q(origin.scope)}`;
      if (entry?.vs == null || depth > 4) return origin.scope === "" && reuse === false ? `${from}, which does not reuse` : from;
      // Nothing turned reuse on along an off chain: the nearest link says enough.
      if (reuse === false) return `${from} (entered at ${at(entry.site)}), which does not reuse either`;
      return `${from} (entered at ${at(entry.site)}; there ${reuseWords(entry.vs.reuse)}: ${originWords(g, entry.vs.origin, entry.vs.reuse, depth + 1)})`;
    }
  }
}

/** The entry that made the VariableScope object `object` (null for the root scope itself). */
export function entryOf(g: GraphLog, object: unknown): ScopeRecord | null {
  return g.scopes.find((s) => s.vs?.object === object) ?? null;
}

/** A scope string with its slash: `a` → `a/`, root → "". */
export function slash(s: string | null): string {
  return s === null || s === "" ? "" : `${s}/`;
}

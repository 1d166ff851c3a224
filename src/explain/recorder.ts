/**
 * Collects the engine's events during one run, each stamped with the line of the run code that caused
 * it, and keeps the scope entries that are open (see BlockMap for how exits are inferred). Everything
 * a later explanation needs is captured here while the engine's state is still what it was then.
 */
import type { FrameInfo, PyHost } from "../python/index.js";
import * as tf from "../tf/index.js";
import type { BlockMap } from "./blocks.js";
import type { ReuseOrigin, Site } from "./schema.js";

/** A `with` that opened a scope, as recorded. */
export interface ScopeRecord {
  id: number;
  site: Site;
  /** The user frames at entry, outermost first: identifies the `with` statement and its caller. */
  frames: readonly FrameInfo[];
  parent: ScopeRecord | null;
  /** The name scope request (`null`: root) and result (`null`: root). */
  requested: string | null;
  got: string | null;
  uniquified: UniquifiedRecord | null;
  vs: VariableScopeRecord | null;
  /** Entered by a `with` line of the run code (false: inside a library call, e.g. a layer). */
  withLine: boolean;
}

export interface VariableScopeRecord {
  name: string;
  how: "string" | "object" | "default";
  nameScopeHow: "relative" | "absolute" | "current" | "none";
  reuse: boolean | "AUTO_REUSE";
  origin: ReuseOrigin;
  /** Where `reuse_variables()` later turned reuse on for this scope object, if it did. */
  reuseVariablesAt: Site | null;
  originalNameScope: string;
  object: tf.VariableScope;
  /** Default-name entries: `variable_scopes_count` of the plain default name under the parent, before entry. */
  defaultCount: number | null;
  /** Default-name entries: an earlier entry of the plain default name in this graph, and (when the
   *  counter had gone back to 0) the ended scope whose exit reset it. */
  defaultSeenBefore: ScopeRecord | null;
  resetBy: ScopeRecord | null;
}

export interface UniquifiedRecord {
  requested: string;
  got: string;
  key: string;
  count: number;
  site: Site;
}

/** Something that took a name in `names_in_use`: an op or a name scope. */
export interface Holder {
  name: string;
  what: "op" | "nameScope";
  site: Site;
}

export interface OpRecord {
  op: tf.Operation;
  site: Site;
  /** The variable scope current when the op was made. */
  variableScope: string;
}

export interface VariableRecord {
  name: string;
  opName: string;
  variable: unknown;
  action: "created" | "reused";
  site: Site;
  /** The variable scope current at the call, its reuse then, and where that came from. */
  scope: tf.VariableScope | null;
  reuse: tf.Reuse;
  origin: ReuseOrigin | null;
  /** The scope entries open at the call, outermost first. */
  open: ScopeRecord[];
}

export interface ErrorRecord {
  pyType: string;
  message: string;
  site: Site;
  graph: GraphLog;
  scope: tf.VariableScope | null;
  reuse: tf.Reuse;
  origin: ReuseOrigin | null;
  open: ScopeRecord[];
  /** The get_variable store's keys when the error was raised. */
  storeKeys: string[];
}

/** Everything recorded about one graph. */
export interface GraphLog {
  graph: tf.Graph;
  index: number;
  scopes: ScopeRecord[];
  ops: OpRecord[];
  variables: VariableRecord[];
  uniquified: Map<string, UniquifiedRecord>;
  /** The first name scope, and the first op, that took each lower-cased name. */
  scopeHolders: Map<string, Holder>;
  opHolders: Map<string, Holder>;
  /** Where each VariableScope object's reuse came from. */
  origins: Map<tf.VariableScope, ReuseOrigin>;
  /** The open scope entries, outermost first. */
  open: ScopeRecord[];
  /** The engine's latest name scope switch, wherever it came from. */
  lastNameScope: { requested: string | null; got: string | null } | null;
}

/** Records engine events for one run of `filename`. */
export class ExplainRecorder implements tf.Recorder {
  readonly graphs: GraphLog[] = [];
  readonly errors: ErrorRecord[] = [];
  /** Events the engine sent while executing eagerly: no graph names to explain there. */
  eagerEvents = 0;
  private readonly byGraph = new Map<tf.Graph, GraphLog>();

  constructor(
    private readonly py: PyHost,
    private readonly filename: string,
    private readonly blocks: BlockMap,
  ) {}

  record(e: tf.EngineEvent): void {
    // With eager execution on, ops run in throwaway graphs whose names are not the program's (TF2:
    // `Tensor.name` is meaningless); only graph mode (e.g. after disable_eager_execution()) is explained.
    if (tf.behavior().eager) {
      this.eagerEvents++;
      return;
    }
    const frames = this.py.currentFrames().filter((f) => f.filename === this.filename);
    const site: Site = { line: frames.at(-1)?.line ?? null, calls: frames.slice(0, -1).map((f) => f.line) };
    switch (e.kind) {
      case "uniquified": {
        const g = this.log(e.graph);
        g.uniquified.set(e.got, { requested: e.requested, got: e.got, key: e.key, count: e.count, site });
        return;
      }
      case "nameScope":
        return this.nameScope(this.log(e.graph), e.requested, e.got, frames, site);
      case "variableScope":
        return this.variableScope(this.log(e.graph), e, frames, site);
      case "reuseVariables": {
        const g = this.log(e.graph);
        const store = existingScopeStore(e.graph);
        // reuse_variables() is nearly always called on the current scope; otherwise on the latest entry of that name.
        const obj = store?.current.name === e.scope ? store.current : [...g.scopes].reverse().find((s) => s.vs?.name === e.scope)?.vs?.object;
        if (obj === undefined) return;
        g.origins.set(obj, { kind: "reuse_variables", site });
        const entry = g.scopes.find((s) => s.vs?.object === obj);
        if (entry?.vs) entry.vs.reuseVariablesAt ??= site;
        return;
      }
      case "op": {
        const g = this.log(e.graph);
        g.ops.push({ op: e.op, site, variableScope: existingScopeStore(e.graph)?.current.name ?? "" });
        this.hold(g, e.op.name, "op", site);
        return;
      }
      case "variableCreated":
      case "variableReused": {
        const g = this.log(e.graph);
        this.sync(g, frames);
        const scope = existingScopeStore(e.graph)?.current ?? null;
        g.variables.push({
          name: e.name,
          opName: e.kind === "variableCreated" ? e.opName : opNameOf(e.variable, e.name),
          variable: e.variable,
          action: e.kind === "variableCreated" ? "created" : "reused",
          site,
          scope,
          reuse: scope?.reuse ?? false,
          origin: scope ? this.originOf(g, scope) : null,
          open: [...g.open],
        });
        return;
      }
      case "error": {
        const graph = tf.getDefaultGraph();
        const g = this.log(graph);
        this.sync(g, frames);
        const scope = existingScopeStore(graph)?.current ?? null;
        const store = graph.firstInCollection(tf.VARSTORE_KEY);
        this.errors.push({
          pyType: e.pyType,
          message: e.message,
          site,
          graph: g,
          scope,
          reuse: scope?.reuse ?? false,
          origin: scope ? this.originOf(g, scope) : null,
          open: [...g.open],
          storeKeys: store instanceof tf.VariableStore ? [...store.vars.keys()] : [],
        });
        return;
      }
    }
  }

  /** After the run: a created variable's event names its op; get_variable stored it under its full
   *  name, which differs when unique_name had to change the op's (review §4). Use the store key. */
  finish(): void {
    for (const g of this.graphs) {
      const store = g.graph.firstInCollection(tf.VARSTORE_KEY);
      if (!(store instanceof tf.VariableStore)) continue;
      const keyOf = new Map<unknown, string>();
      for (const [key, v] of store.vars) keyOf.set(v, key);
      for (const v of g.variables) v.name = keyOf.get(v.variable) ?? v.name;
    }
  }

  /** The log of `graph`, made on first use. */
  private log(graph: tf.Graph): GraphLog {
    let g = this.byGraph.get(graph);
    if (g === undefined) {
      g = {
        graph,
        index: this.graphs.length + 1,
        scopes: [],
        ops: [],
        variables: [],
        uniquified: new Map(),
        scopeHolders: new Map(),
        opHolders: new Map(),
        origins: new Map(),
        open: [],
        lastNameScope: null,
      };
      this.byGraph.set(graph, g);
      this.graphs.push(g);
    }
    return g;
  }

  /** Where the reuse of `scope` came from: recorded at its entry, or the root's own. */
  private originOf(g: GraphLog, scope: tf.VariableScope): ReuseOrigin {
    return g.origins.get(scope) ?? { kind: "root" };
  }

  private hold(g: GraphLog, name: string, what: Holder["what"], site: Site): void {
    const map = what === "op" ? g.opHolders : g.scopeHolders;
    const key = name.toLowerCase();
    if (!map.has(key)) map.set(key, { name, what, site });
  }

  /** Drops the entries whose `with` block the run has left. */
  private sync(g: GraphLog, frames: readonly FrameInfo[]): void {
    g.open = g.open.filter((s) => this.isOpen(s, frames));
  }

  private isOpen(s: ScopeRecord, now: readonly FrameInfo[]): boolean {
    const at = s.frames;
    const k = at.length - 1;
    if (k < 0 || now.length <= k) return false;
    for (let i = 0; i < k; i++) if (now[i]!.line !== at[i]!.line || now[i]!.name !== at[i]!.name) return false;
    return now[k]!.name === at[k]!.name && this.blocks.covers(at[k]!.line, now[k]!.line);
  }

  private nameScope(g: GraphLog, requested: string | null, got: string | null, frames: readonly FrameInfo[], site: Site): void {
    g.lastNameScope = { requested, got };
    if (got !== null && requested !== null && !requested.endsWith("/")) this.hold(g, got, "nameScope", site);
    // Only a `with` line enters a scope the snippet wrote; the engine's own name scopes (op wrappers,
    // get_variable's work under name_scope(None), initializers) happen on other lines or are dropped later.
    if (!isWithLine(frames)) return;
    this.sync(g, frames);
    // A new entry of the same `with` (a loop, a second call) means the previous one ended.
    const key = frameKey(frames);
    g.open = g.open.filter((s) => frameKey(s.frames) !== key);
    const rec: ScopeRecord = {
      id: g.scopes.length,
      site,
      frames: [...frames],
      parent: g.open.at(-1) ?? null,
      requested,
      got,
      uniquified: got !== null ? (g.uniquified.get(got) ?? null) : null,
      vs: null,
      withLine: true,
    };
    g.scopes.push(rec);
    g.open.push(rec);
  }

  private variableScope(g: GraphLog, e: tf.ScopeEnteredEvent, frames: readonly FrameInfo[], site: Site): void {
    const store = tf.scopeStore(e.graph);
    const obj = store.current;
    this.sync(g, frames);
    const key = frameKey(frames);
    // The name scope this entry opened was recorded just before, on the same line.
    let rec = g.open.at(-1);
    const mine = rec !== undefined && rec.vs === null && frameKey(rec.frames) === key && nsString(rec.got) === e.nameScope;
    if (!mine) {
      g.open = g.open.filter((s) => frameKey(s.frames) !== key);
      // Entered off a `with` line (e.g. inside a library call): take the name scope the engine
      // entered last, when it is the one this scope reports.
      const last = g.lastNameScope;
      // (`name_scope(None)` is get_variable's, never a variable scope's: the root object opens none.)
      const ns = last !== null && last.requested !== null && nsString(last.got) === e.nameScope ? last : null;
      const got = ns?.got ?? null;
      const uniquified = got === null ? null : (g.uniquified.get(got) ?? null);
      const withLine = isWithLine(frames);
      rec = { id: g.scopes.length, site, frames: [...frames], parent: g.open.at(-1) ?? null, requested: ns?.requested ?? null, got, uniquified, vs: null, withLine };
      g.scopes.push(rec);
      g.open.push(rec);
    }
    const parentVs = [...g.open].reverse().find((s) => s !== rec && s.vs !== null) ?? null;
    let origin: ReuseOrigin;
    if (e.reuseFrom === "argument") origin = { kind: "argument", site };
    else if (e.reuseFrom === "parent") origin = { kind: "parent", scope: parentVs?.vs?.name ?? "", entry: parentVs?.id ?? null };
    else {
      const captured = [...g.scopes].reverse().find((s) => s !== rec && s.vs?.name === e.name) ?? null;
      origin = { kind: "captured", scope: e.name, entry: captured?.id ?? null };
    }
    g.origins.set(obj, origin);
    let defaultCount: number | null = null;
    let defaultSeenBefore: ScopeRecord | null = null;
    let resetBy: ScopeRecord | null = null;
    if (e.how === "default") {
      const parentName = e.name.includes("/") ? e.name.slice(0, e.name.lastIndexOf("/")) : "";
      const plain = defaultNameOf(rec!, e.name);
      const full = parentName ? `${parentName}/${plain}` : plain;
      // Read after entry: taking the plain name itself has just counted it once.
      defaultCount = store.count(full) - (e.name === full ? 1 : 0);
      defaultSeenBefore = g.scopes.find((s) => s !== rec && s.vs?.name === full) ?? null;
      // Counters go back to 0 when the enclosing string scope ends, or to the entry snapshot when a
      // re-entered scope object ends (variable_scope.py 1934-1938): the closest ended ancestor did it.
      if (defaultCount === 0 && defaultSeenBefore !== null) {
        for (let p = defaultSeenBefore.parent; p !== null; p = p.parent) {
          if (p.vs !== null && !g.open.includes(p)) {
            resetBy = p;
            break;
          }
        }
      }
    }
    rec!.vs = {
      name: e.name,
      how: e.how,
      nameScopeHow: rec!.requested === null ? "none" : rec!.requested === "" || rec!.requested.endsWith("/") ? "current" : "relative",
      reuse: e.reuse,
      origin,
      reuseVariablesAt: null,
      originalNameScope: obj.originalNameScope,
      object: obj,
      defaultCount,
      defaultSeenBefore,
      resetBy,
    };
  }
}

/** The scope store of `graph` if it has one (reading must not create it: that would add a collection). */
function existingScopeStore(graph: tf.Graph): tf.ScopeStore | null {
  return graph.firstInCollection(tf.VARSCOPESTORE_KEY) === undefined ? null : tf.scopeStore(graph);
}

function isWithLine(frames: readonly FrameInfo[]): boolean {
  return /^(async\s+)?with\b/.test(frames.at(-1)?.lineText ?? "");
}

function frameKey(frames: readonly FrameInfo[]): string {
  return frames.map((f) => `${f.name}:${f.line}`).join(">");
}

/** A name stack as a scope string: `"a"` → `"a/"`, root → `""`. */
export function nsString(got: string | null): string {
  return got === null || got === "" ? "" : `${got}/`;
}

/** The `default_name` a default-name entry asked for: its name scope request. */
function defaultNameOf(rec: ScopeRecord, name: string): string {
  const last = name.slice(name.lastIndexOf("/") + 1);
  return rec.requested ?? last.replace(/_\d+$/, "");
}

function opNameOf(variable: unknown, fallback: string): string {
  const op = (variable as { op?: { name?: unknown } } | null)?.op;
  return typeof op?.name === "string" ? op.name : fallback;
}

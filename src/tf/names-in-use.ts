/**
 * ops.py `Graph._names_in_use` and `unique_name`: the case-insensitive count of every name a graph
 * handed out, shared by all threads. TF keys one dict by the whole lower-cased name; here the same
 * mapping is a tree of scopes: a name splits at its last `/` into its scope (the path of segments before
 * it) and its leaf, and the scope's node counts its leaves. A name splits exactly one way, so every count
 * is TF's; the layout is for speed (issue #13): the ops of one scope find their node once per scope
 * change, through a small cache keyed by the name-stack string, instead of hashing their whole name
 * into one huge table; a scope's entries and its run of suffixes live in its node (scope-node.ts); and
 * `uniqueLeaf` hands a name out in two parts, the scope string (built once per scope) and the leaf, which
 * an op joins only when its name is read.
 */
import type { Graph } from "./graph.js";
import { activeRecorder } from "./recorder.js";
import { ScopeNode } from "./scope-node.js";

// Name-uniquifying suffixes `leaf_N` of short leaves, made once: the same string for every scope keeps
// the keys' hashes computed and their memory shared.
const SUFFIXED = new Map<string, string[]>();
function suffixed(leaf: string, i: number): string {
  if (i >= 64 || leaf.length > 24) return `${leaf}_${i}`;
  let row = SUFFIXED.get(leaf);
  if (row === undefined) {
    if (SUFFIXED.size >= 4096) return `${leaf}_${i}`;
    SUFFIXED.set(leaf, (row = []));
  }
  return (row[i] ??= interned(`${leaf}_${i}`));
}

// The engine's own copy of `s` as a property name. V8 keeps one object per property-name content, so
// two such strings compare by pointer: a scope's scan then rejects another suffixed key without
// reading its characters.
function interned(s: string): string {
  const o: Record<string, 0> = { [s]: 0 };
  for (const k in o) return k;
  return s;
}

const CACHE = 8;

export class NamesInUse {
  private readonly root = new ScopeNode(0);
  // The nodes of the last name stacks used (stack string, its scope string `stack/`, node), looked at
  // before walking the tree; nodes are never removed, so an entry stays right.
  private readonly stacks: (string | null)[] = new Array<string | null>(CACHE).fill(null);
  private readonly scopes: string[] = new Array<string>(CACHE).fill("");
  private readonly nodes: (ScopeNode | null)[] = new Array<ScopeNode | null>(CACHE).fill(null);
  private nextSlot = 0;
  private lastSlot = 0;
  // The last name `unique` handed out (null after `uniqueLeaf`, which builds no whole name), the node
  // that counted it and its key there.
  private lastGot: string | null = null;
  private lastGotNode: ScopeNode | undefined;
  private lastGotKey = "";
  /** The scope part (`""`, or ending in `/`) of the name `uniqueLeaf` last returned the rest of. */
  scopeOut = "";

  constructor(private readonly graph: Graph) {}

  /** `unique_name(name, mark_as_used)` with the name stack `stack` (null or `""` at the root). */
  unique(stack: string | null, name: string, markAsUsed: boolean): string {
    const leaf = this.uniqueLeaf(stack, name, markAsUsed);
    const got = this.scopeOut + leaf;
    this.lastGot = got;
    return got;
  }

  /** `unique`'s name in two parts, without joining them: returns the part after the last `/` and sets
   *  `scopeOut` to the part before (an op keeps both and joins them when its name is read). */
  uniqueLeaf(stack: string | null, name: string, markAsUsed: boolean): string {
    let scope: string;
    let node: ScopeNode | undefined;
    let leaf = name;
    const cut = name.lastIndexOf("/");
    if (cut < 0 && stack) {
      const last = this.lastSlot;
      const slot = this.stacks[last] === stack ? last : this.stacks.indexOf(stack);
      if (slot >= 0) {
        this.lastSlot = slot;
        scope = this.scopes[slot]!;
        node = this.nodes[slot]!;
      } else {
        // Flat (join), not a cons of the stack: every op of the scope keeps this string.
        scope = [stack, "/"].join("");
        // A scope just named by unique_name (`name_scope` enters what it returned) is a child of the
        // node that counted it: no walk from the root.
        node = stack === this.lastGot && this.lastGotNode !== undefined ? this.lastGotNode.child(this.lastGotKey, markAsUsed) : this.node(scope, markAsUsed);
        if (node !== undefined) {
          const at = this.nextSlot;
          this.nextSlot = (at + 1) % CACHE;
          this.lastSlot = at;
          this.stacks[at] = stack;
          this.scopes[at] = scope;
          this.nodes[at] = node;
        }
      }
    } else {
      const base = stack ? `${stack}/` : "";
      scope = cut < 0 ? base : base + name.slice(0, cut + 1);
      if (cut >= 0) leaf = name.slice(cut + 1);
      node = this.node(scope, markAsUsed);
    }
    this.scopeOut = scope;
    const lowLeaf = leaf.toLowerCase();
    let i = node === undefined ? 0 : markAsUsed ? node.bump(lowLeaf) : node.get(lowLeaf);
    if (i === 0) return this.handOut(leaf, node, lowLeaf);
    const count = i;
    // TF's loop starts by testing `name` itself, which a count above 0 says is taken.
    let key = suffixed(lowLeaf, i);
    i++;
    // Marking, the first free key is counted as 1 in the same scan that finds it free.
    while (markAsUsed ? !node!.claim(key, lowLeaf, i - 1) : node!.has(key)) {
      key = suffixed(lowLeaf, i);
      i++;
    }
    // The returned name keeps the requested capitalization (`"%s_%d" % (name, i - 1)`).
    const got = lowLeaf === leaf ? key : `${leaf}_${i - 1}`;
    const rec = activeRecorder;
    if (rec !== null) {
      const requested = scope + leaf;
      rec.record({ kind: "uniquified", graph: this.graph, requested, got: scope + got, key: requested.toLowerCase(), count });
    }
    return this.handOut(got, node!, key);
  }

  private handOut(leaf: string, node: ScopeNode | undefined, key: string): string {
    this.lastGot = null;
    this.lastGotNode = node;
    this.lastGotKey = key;
    return leaf;
  }

  /** The count held for the whole name `name` (any case), 0 when unused. */
  count(name: string): number {
    const cut = name.lastIndexOf("/") + 1;
    return this.node(name.slice(0, cut), false)?.get(name.slice(cut).toLowerCase()) ?? 0;
  }

  // The node of a scope string (`""`, or ending in `/`): one segment per slash.
  private node(scope: string, create: boolean): ScopeNode | undefined {
    let node: ScopeNode | undefined = this.root;
    if (scope === "") return node;
    const parts = scope.toLowerCase().split("/");
    for (let k = 0; k < parts.length - 1 && node !== undefined; k++) node = node.child(parts[k]!, create);
    return node;
  }
}

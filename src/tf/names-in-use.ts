/**
 * ops.py `Graph._names_in_use` and `unique_name`: the case-insensitive count of every name a graph
 * handed out, shared by all threads. TF keys one dict by the whole lower-cased name; here the same
 * mapping is a tree of scopes: a name splits at its last `/` into its scope (the path of segments before
 * it) and its leaf, and the scope's node counts its leaves. A name splits exactly one way, so every count
 * is TF's; the layout is for speed (issue #13): the ops of one scope find their node once per scope
 * change, through a small cache keyed by the name-stack string, instead of hashing their whole name
 * into one huge table; most scopes hold one name or one sub-scope, kept inline without a Map; and an op's
 * name is its scope string plus its leaf, sharing the scope's characters.
 */
import type { Graph } from "./graph.js";
import { activeRecorder } from "./recorder.js";

/** Leaves a scope keeps in its flat array before it switches to a Map. */
const SMALL = 16;

/** One scope: its leaves' counts (the first SMALL in one flat `[key, count, ...]` array, a Map past
 *  that: most scopes hold a handful, and a Map of ten entries costs ~500 bytes) and its sub-scopes (the
 *  first inline, a Map after). */
class ScopeNode {
  private leaves: (string | number)[] | null = null;
  private counts: Map<string, number> | null = null;
  private childKey: string | null = null;
  private childNode: ScopeNode | null = null;
  private children: Map<string, ScopeNode> | null = null;

  // Keys are mostly the same interned strings (`suffixed`), so the scan compares pointers.
  private find(key: string): number {
    const xs = this.leaves;
    if (xs !== null) for (let k = 0; k < xs.length; k += 2) if (xs[k] === key) return k;
    return -1;
  }
  get(key: string): number {
    if (this.counts !== null) return this.counts.get(key) ?? 0;
    const at = this.find(key);
    return at < 0 ? 0 : (this.leaves![at + 1] as number);
  }
  has(key: string): boolean {
    return this.counts !== null ? this.counts.has(key) : this.find(key) >= 0;
  }
  set(key: string, count: number): void {
    if (this.counts !== null) {
      this.counts.set(key, count);
      return;
    }
    const at = this.find(key);
    if (at >= 0) this.leaves![at + 1] = count;
    else if (this.leaves === null) this.leaves = [key, count];
    else if (this.leaves.length < 2 * SMALL) this.leaves.push(key, count);
    else {
      const m = new Map<string, number>();
      for (let k = 0; k < this.leaves.length; k += 2) m.set(this.leaves[k] as string, this.leaves[k + 1] as number);
      m.set(key, count);
      this.counts = m;
      this.leaves = null;
    }
  }
  child(key: string, create: boolean): ScopeNode | undefined {
    if (this.children !== null) {
      let c = this.children.get(key);
      if (c === undefined && create) this.children.set(key, (c = new ScopeNode()));
      return c;
    }
    if (this.childKey === key) return this.childNode!;
    if (!create) return undefined;
    const c = new ScopeNode();
    if (this.childKey === null) {
      this.childKey = key;
      this.childNode = c;
    } else {
      this.children = new Map([
        [this.childKey, this.childNode!],
        [key, c],
      ]);
      this.childKey = null;
      this.childNode = null;
    }
    return c;
  }
}

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
  return (row[i] ??= `${leaf}_${i}`);
}

const CACHE = 8;

export class NamesInUse {
  private readonly root = new ScopeNode();
  // The nodes of the last name stacks used (stack string, its scope string `stack/`, node), looked at
  // before walking the tree; nodes are never removed, so an entry stays right.
  private readonly stacks: (string | null)[] = new Array<string | null>(CACHE).fill(null);
  private readonly scopes: string[] = new Array<string>(CACHE).fill("");
  private readonly nodes: (ScopeNode | null)[] = new Array<ScopeNode | null>(CACHE).fill(null);
  private nextSlot = 0;
  // The last name handed out (its scope part and last part), the node that counted it and its key there.
  private lastGotScope = "";
  private lastGotLeaf: string | null = null;
  private lastGotNode: ScopeNode | undefined;
  private lastGotKey = "";
  /** The scope part (`""`, or ending in `/`) of the name `uniqueLeaf` last returned the rest of. */
  scopeOut = "";

  constructor(private readonly graph: Graph) {}

  /** `unique_name(name, mark_as_used)` with the name stack `stack` (null or `""` at the root). */
  unique(stack: string | null, name: string, markAsUsed: boolean): string {
    const leaf = this.uniqueLeaf(stack, name, markAsUsed);
    return this.scopeOut + leaf;
  }

  /** `unique`'s name in two parts, without joining them: returns the part after the last `/` and sets
   *  `scopeOut` to the part before (an op keeps both and joins them when its name is read). */
  uniqueLeaf(stack: string | null, name: string, markAsUsed: boolean): string {
    let scope: string;
    let node: ScopeNode | undefined;
    let leaf = name;
    const cut = name.lastIndexOf("/");
    if (cut < 0 && stack) {
      const slot = this.stacks.indexOf(stack);
      if (slot >= 0) {
        scope = this.scopes[slot]!;
        node = this.nodes[slot]!;
      } else {
        scope = `${stack}/`;
        // A scope just named by unique_name (`name_scope` enters what it returned) is a child of the
        // node that counted it: no walk from the root.
        node = this.isLastGot(stack) && this.lastGotNode !== undefined ? this.lastGotNode.child(this.lastGotKey, markAsUsed) : this.node(scope, markAsUsed);
        if (node !== undefined) {
          const at = this.nextSlot;
          this.nextSlot = (at + 1) % CACHE;
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
    let i = node === undefined ? 0 : node.get(lowLeaf);
    if (markAsUsed) node!.set(lowLeaf, i + 1);
    if (i === 0) return this.handOut(scope, leaf, node, lowLeaf);
    const count = i;
    // TF's loop starts by testing `name` itself, which a count above 0 says is taken.
    let key = suffixed(lowLeaf, i);
    i++;
    while (node!.has(key)) {
      key = suffixed(lowLeaf, i);
      i++;
    }
    if (markAsUsed) node!.set(key, 1);
    // The returned name keeps the requested capitalization (`"%s_%d" % (name, i - 1)`).
    const got = lowLeaf === leaf ? key : `${leaf}_${i - 1}`;
    const rec = activeRecorder;
    if (rec !== null) {
      const requested = scope + leaf;
      rec.record({ kind: "uniquified", graph: this.graph, requested, got: scope + got, key: requested.toLowerCase(), count });
    }
    return this.handOut(scope, got, node!, key);
  }

  private handOut(scope: string, leaf: string, node: ScopeNode | undefined, key: string): string {
    this.lastGotScope = scope;
    this.lastGotLeaf = leaf;
    this.lastGotNode = node;
    this.lastGotKey = key;
    return leaf;
  }

  // Whether `stack` is the name last handed out (compared in its two parts, never joined).
  private isLastGot(stack: string): boolean {
    const leaf = this.lastGotLeaf;
    if (leaf === null) return false;
    const scope = this.lastGotScope;
    return stack.length === scope.length + leaf.length && stack.endsWith(leaf) && stack.startsWith(scope);
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

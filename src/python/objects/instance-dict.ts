import type { PyValue } from "./base.js";

/**
 * Instance attribute storage shared in shape between the instances of a class: the role of CPython's
 * split-keys dicts (PEP 412) and 3.11's inline instance values. The names live in a `Layout` that every
 * instance with the same attribute names set in the same order shares; each instance keeps only its
 * values, in the layout's order. Attribute sites (ops/sites.ts) remember a layout and a position, so
 * `self.x` is a comparison and an array read instead of a hash lookup.
 *
 * Behaves as a `Map<string, PyValue>` (insertion order, a reassigned name keeps its place, a deleted and
 * re-added one moves to the end), so `obj.__dict__` and every reader of `o.dict` see what they did. An
 * instance whose names stop fitting a shared layout (too many, or a class whose instances take too many
 * different shapes) falls back to a Map of its own.
 */

/** More names than this: the instance keeps a Map (CPython also stops sharing keys for large dicts). */
const MAX_KEYS = 30;
/** More different next names from one layout than this: the instances are used as mappings, not records. */
const MAX_BRANCHES = 16;

/** The attribute names of a family of instances, in insertion order. Immutable once made. */
export class Layout {
  declare readonly keys: readonly string[];
  declare readonly index: ReadonlyMap<string, number>;
  /** The empty layout this one was reached from (one per class). */
  declare readonly root: Layout;
  /** On a root: the most names an instance of the class has had, the room a new one starts with. */
  declare width: number;
  private declare next: Map<string, Layout> | null;

  constructor(keys: readonly string[] = [], index: ReadonlyMap<string, number> = new Map(), root: Layout | null = null) {
    this.keys = keys;
    this.index = index;
    this.root = root ?? this;
    this.next = null;
    this.width = 0;
  }

  /** This layout with `name` (which it lacks) appended, or null when it should not be shared. */
  with(name: string): Layout | null {
    const known = this.next?.get(name);
    if (known !== undefined) return known;
    if (this.keys.length >= MAX_KEYS || (this.next !== null && this.next.size >= MAX_BRANCHES)) return null;
    const index = new Map(this.index);
    index.set(name, this.keys.length);
    const l = new Layout([...this.keys, name], index, this.root);
    (this.next ??= new Map()).set(name, l);
    if (l.keys.length > this.root.width) this.root.width = l.keys.length;
    return l;
  }
}

/** An instance's attributes: a shared layout and the values, or (layout null) a Map of its own. The
 * values array may be longer than the layout (room made in advance: a push into an empty array would
 * allocate room for 17); only the layout's first `keys.length` entries are values. */
export class InstanceDict {
  declare layout: Layout | null;
  declare vals: PyValue[];
  declare map: Map<string, PyValue> | null;

  constructor(root: Layout) {
    this.layout = root;
    this.vals = root.width === 0 ? [] : new Array(root.width);
    this.map = null;
  }

  get size(): number {
    return this.layout !== null ? this.layout.keys.length : this.map!.size;
  }

  get(k: string): PyValue | undefined {
    const l = this.layout;
    if (l === null) return this.map!.get(k);
    const i = l.index.get(k);
    return i === undefined ? undefined : this.vals[i];
  }

  has(k: string): boolean {
    const l = this.layout;
    return l === null ? this.map!.has(k) : l.index.has(k);
  }

  set(k: string, v: PyValue): this {
    const l = this.layout;
    if (l === null) {
      this.map!.set(k, v);
      return this;
    }
    const i = l.index.get(k);
    if (i !== undefined) {
      this.vals[i] = v;
      return this;
    }
    const next = l.with(k);
    if (next !== null) {
      this.layout = next;
      this.vals[l.keys.length] = v;
    } else {
      this.toMap().set(k, v);
    }
    return this;
  }

  delete(k: string): boolean {
    const l = this.layout;
    if (l === null) return this.map!.delete(k);
    const i = l.index.get(k);
    if (i === undefined) return false;
    // The remaining names, in order, from the class's empty layout: instances that deleted the same
    // name share again.
    let nl: Layout | null = l.root;
    for (let j = 0; j < l.keys.length && nl !== null; j++) if (j !== i) nl = nl.with(l.keys[j]!);
    if (nl === null) {
      this.toMap().delete(k);
      return true;
    }
    this.layout = nl;
    this.vals.splice(i, 1);
    return true;
  }

  clear(): void {
    if (this.layout === null) this.map!.clear();
    else {
      this.layout = this.layout.root;
      this.vals = [];
    }
  }

  /** The names, as they are now (a later change does not show in a running iteration). */
  keys(): IterableIterator<string> {
    return this.layout !== null ? this.layout.keys.values() : [...this.map!.keys()].values();
  }

  values(): IterableIterator<PyValue> {
    return this.layout !== null ? this.vals.slice(0, this.layout.keys.length).values() : [...this.map!.values()].values();
  }

  entries(): IterableIterator<[string, PyValue]> {
    const l = this.layout;
    if (l === null) return [...this.map!.entries()].values();
    const vals = this.vals;
    return l.keys.map((k, i): [string, PyValue] => [k, vals[i]!]).values();
  }

  [Symbol.iterator](): IterableIterator<[string, PyValue]> {
    return this.entries();
  }

  forEach(f: (v: PyValue, k: string) => void): void {
    for (const [k, v] of this.entries()) f(v, k);
  }

  /** Leaves the shared layout for a Map of this instance's own. */
  private toMap(): Map<string, PyValue> {
    const m = new Map<string, PyValue>();
    const l = this.layout!;
    for (let i = 0; i < l.keys.length; i++) m.set(l.keys[i]!, this.vals[i]!);
    this.layout = null;
    this.vals = [];
    return (this.map = m);
  }
}

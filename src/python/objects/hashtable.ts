import { pyEq } from "../ops/compare.js";
import { hashOf } from "../ops/hash.js";
import { None, PyFloat, PySingleton, objectType, type PyValue } from "./base.js";

/** One key/value pair of a dict (sets store `v` = the key). */
export interface Entry {
  k: PyValue;
  v: PyValue;
}

/**
 * The storage behind dict and set: Python hashing and equality with insertion order. Keys whose
 * equality is plain JS equality after normalisation (ints, bools, floats, strs, objects with identity
 * hashing) go straight into a JS Map; others (tuples, frozensets, classes defining __hash__/__eq__) are
 * found through their Python hash and `==`, as CPython's dict does. A key of one kind can equal a key
 * of the other (a class hashing and comparing like the str "s", a str subclass): a miss on one side
 * looks at the other side's keys of the same hash, the fast keys through an index by hash made the
 * first time it is needed.
 */
export class HashTable {
  readonly map = new Map<unknown, Entry>();
  private buckets: Map<number, Entry[]> | null = null;
  /** The fast keys' entries by Python hash, once a slow key had to look among them. */
  private fastByHash: Map<number, Entry[]> | null = null;
  /** How many entries are slow (in `buckets`). */
  private slow = 0;

  get size(): number {
    return this.map.size;
  }

  find(k: PyValue): Entry | undefined {
    // A str or int is its own key (fastKey), tested here without the call.
    if (typeof k === "string" || typeof k === "number") return this.map.get(k) ?? (this.buckets === null ? undefined : this.slowMatch(k, hashOf(k)));
    const fk = fastKey(k);
    if (fk !== undefined) return this.map.get(fk) ?? (this.buckets === null ? undefined : this.slowMatch(k, hashOf(k)));
    const h = hashOf(k);
    return (this.buckets === null ? undefined : this.slowMatch(k, h)) ?? this.fastMatch(k, h);
  }

  /** The slow entry whose key equals `k` (of hash `h`). */
  private slowMatch(k: PyValue, h: number): Entry | undefined {
    const bucket = this.buckets!.get(h);
    if (bucket) for (const e of bucket) if (e.k === k || pyEq(e.k, k)) return e;
    return undefined;
  }

  /** The fast entry whose key equals the slow key `k` (of hash `h`). */
  private fastMatch(k: PyValue, h: number): Entry | undefined {
    if (this.map.size === this.slow) return undefined;
    if (this.fastByHash === null) {
      this.fastByHash = new Map();
      for (const [key, e] of this.map) if (key !== e) addTo(this.fastByHash, hashOf(e.k), e);
    }
    const same = this.fastByHash.get(h);
    if (same) for (const e of same) if (pyEq(e.k, k)) return e;
    return undefined;
  }

  set(k: PyValue, v: PyValue): void {
    if (typeof k === "string" || typeof k === "number") {
      const m = this.map;
      const e = m.get(k);
      if (e !== undefined) e.v = v;
      else this.addFast(k, k, v);
      return;
    }
    const fk = fastKey(k);
    if (fk !== undefined) {
      const e = this.map.get(fk);
      if (e) e.v = v;
      else this.addFast(fk, k, v);
      return;
    }
    const h = hashOf(k);
    const found = (this.buckets === null ? undefined : this.slowMatch(k, h)) ?? this.fastMatch(k, h);
    if (found !== undefined) {
      found.v = v;
      return;
    }
    this.buckets ??= new Map();
    const e = { k, v };
    addTo(this.buckets, h, e);
    this.map.set(e, e);
    this.slow++;
  }

  /** A new fast key, unless a slow key equal to it is there already (then that entry takes the value). */
  private addFast(fk: unknown, k: PyValue, v: PyValue): void {
    if (this.buckets !== null) {
      const same = this.slowMatch(k, hashOf(k));
      if (same !== undefined) {
        same.v = v;
        return;
      }
    }
    const e = { k, v };
    this.map.set(fk, e);
    if (this.fastByHash !== null) addTo(this.fastByHash, hashOf(k), e);
  }

  delete(k: PyValue): Entry | undefined {
    const fk = fastKey(k);
    const h = fk !== undefined && this.buckets === null && this.fastByHash === null ? 0 : hashOf(k);
    if (fk !== undefined) {
      const e = this.map.get(fk);
      if (e) {
        this.map.delete(fk);
        if (this.fastByHash !== null) removeFrom(this.fastByHash, h, e);
        return e;
      }
      return this.buckets === null ? undefined : this.deleteSlow(k, h);
    }
    const e = this.deleteSlow(k, h);
    if (e !== undefined) return e;
    const f = this.fastMatch(k, h);
    if (f === undefined) return undefined;
    this.map.delete(fastKey(f.k));
    removeFrom(this.fastByHash!, h, f);
    return f;
  }

  private deleteSlow(k: PyValue, h: number): Entry | undefined {
    const bucket = this.buckets?.get(h);
    if (!bucket) return undefined;
    for (let i = 0; i < bucket.length; i++) {
      const e = bucket[i]!;
      if (e.k === k || pyEq(e.k, k)) {
        bucket.splice(i, 1);
        this.map.delete(e);
        this.slow--;
        return e;
      }
    }
    return undefined;
  }

  clear(): void {
    this.map.clear();
    this.buckets = null;
    this.fastByHash = null;
    this.slow = 0;
  }

  entries(): IterableIterator<Entry> {
    return this.map.values();
  }

  copy(): HashTable {
    const t = new HashTable();
    for (const e of this.map.values()) t.set(e.k, e.v);
    return t;
  }
}

function addTo(index: Map<number, Entry[]>, h: number, e: Entry): void {
  const list = index.get(h);
  if (list) list.push(e);
  else index.set(h, [e]);
}

function removeFrom(index: Map<number, Entry[]>, h: number, e: Entry): void {
  const list = index.get(h);
  if (!list) return;
  const i = list.indexOf(e);
  if (i >= 0) list.splice(i, 1);
}

/** The JS Map key standing for `k`, or undefined when `k` needs Python hashing. Equal ints, floats and
 * bools share one key, as `{1: 'a', 1.0: 'b', True: 'c'}` has one entry in Python. */
function fastKey(k: PyValue): unknown {
  switch (typeof k) {
    case "string":
    case "number":
    case "bigint":
      return k;
    case "boolean":
      return k ? 1 : 0;
  }
  if (k instanceof PyFloat) {
    const x = k.v;
    return Number.isInteger(x) && !Number.isSafeInteger(x) ? BigInt(x) : x;
  }
  if (k instanceof PySingleton || k === None) return k;
  const t = k.cls;
  if (t.lookup("__hash__") === objectHash && t.lookup("__eq__") === objectEq) return k;
  return undefined;
}

/** object's own __hash__ and __eq__ (set by the object module), for the identity fast path. */
export let objectHash: PyValue | undefined;
export let objectEq: PyValue | undefined;
export function setIdentityMethods(): void {
  objectHash = objectType.dict!.get("__hash__");
  objectEq = objectType.dict!.get("__eq__");
}

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
 * found through their Python hash and `==`, as CPython's dict does.
 */
export class HashTable {
  readonly map = new Map<unknown, Entry>();
  private buckets: Map<number, Entry[]> | null = null;

  get size(): number {
    return this.map.size;
  }

  find(k: PyValue): Entry | undefined {
    // A str or int is its own key (fastKey), tested here without the call.
    if (typeof k === "string" || typeof k === "number") return this.map.get(k);
    const fk = fastKey(k);
    if (fk !== undefined) return this.map.get(fk);
    if (this.buckets === null) {
      hashOf(k);
      return undefined;
    }
    const bucket = this.buckets.get(hashOf(k));
    if (bucket) for (const e of bucket) if (e.k === k || pyEq(e.k, k)) return e;
    return undefined;
  }

  set(k: PyValue, v: PyValue): void {
    if (typeof k === "string" || typeof k === "number") {
      const m = this.map;
      const e = m.get(k);
      if (e !== undefined) e.v = v;
      else m.set(k, { k, v });
      return;
    }
    const fk = fastKey(k);
    if (fk !== undefined) {
      const e = this.map.get(fk);
      if (e) e.v = v;
      else this.map.set(fk, { k, v });
      return;
    }
    const h = hashOf(k);
    this.buckets ??= new Map();
    let bucket = this.buckets.get(h);
    if (bucket) {
      for (const e of bucket)
        if (e.k === k || pyEq(e.k, k)) {
          e.v = v;
          return;
        }
    } else this.buckets.set(h, (bucket = []));
    const e = { k, v };
    bucket.push(e);
    this.map.set(e, e);
  }

  delete(k: PyValue): Entry | undefined {
    const fk = fastKey(k);
    if (fk !== undefined) {
      const e = this.map.get(fk);
      if (e) this.map.delete(fk);
      return e;
    }
    const h = hashOf(k);
    const bucket = this.buckets?.get(h);
    if (!bucket) return undefined;
    for (let i = 0; i < bucket.length; i++) {
      const e = bucket[i]!;
      if (e.k === k || pyEq(e.k, k)) {
        bucket.splice(i, 1);
        this.map.delete(e);
        return e;
      }
    }
    return undefined;
  }

  clear(): void {
    this.map.clear();
    this.buckets = null;
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

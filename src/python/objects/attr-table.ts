import type { AttrMap, PyValue } from "./base.js";
import { HashTable, type Entry } from "./hashtable.js";
import { unsupported } from "./exceptions.js";

/** A dict's storage viewing an object's attributes (a Map or an InstanceDict), so `obj.__dict__` is live as in CPython. */
export class AttrTable extends HashTable {
  constructor(private readonly attrs: AttrMap) {
    super();
  }
  override get size(): number {
    return this.attrs.size;
  }
  override find(k: PyValue): Entry | undefined {
    if (typeof k !== "string") return undefined;
    const v = this.attrs.get(k);
    return v === undefined ? undefined : { k, v };
  }
  override set(k: PyValue, v: PyValue): void {
    if (typeof k !== "string") throw unsupported("non-str keys in an instance __dict__");
    this.attrs.set(k, v);
  }
  override delete(k: PyValue): Entry | undefined {
    const e = this.find(k);
    if (e) this.attrs.delete(k as string);
    return e;
  }
  override clear(): void {
    this.attrs.clear();
  }
  override *entries(): IterableIterator<Entry> {
    for (const [k, v] of [...this.attrs]) yield { k, v };
  }
  override copy(): HashTable {
    const t = new HashTable();
    for (const [k, v] of this.attrs) t.set(k, v);
    return t;
  }
}

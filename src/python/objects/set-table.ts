/**
 * The storage behind set and frozenset: a HashTable (Python hashing and equality) plus the slot layout
 * of CPython 3.11's set object (Objects/setobject.c), so that a set iterates, prints and pops in
 * exactly the order CPython's would. That order is a function of the hashes and of the history of
 * insertions, deletions and resizes: open addressing from `hash & mask`, a run of LINEAR_PROBES
 * neighbours, then the perturbed probe `i*5 + 1 + perturb`; deleted keys leave dummies; a table
 * resizes when it is 3/5 full. The HashTable answers membership; the slots only give the order.
 */
import { pyHash } from "../ops/hash.js";
import { HashTable, type Entry } from "./hashtable.js";
import type { PyValue } from "./base.js";

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** A deleted slot (CPython's `dummy` key with hash -1). */
const DUMMY: Entry = { k: null as unknown as PyValue, v: null as unknown as PyValue };

type Hash = number | bigint;

export class SetTable extends HashTable {
  /** slots[i]: the entry in slot i, DUMMY, or null (never used). */
  private slots: (Entry | null)[] = new Array(MINSIZE).fill(null);
  private hashes: Hash[] = new Array(MINSIZE).fill(0);
  private mask = MINSIZE - 1;
  /** Slots holding an entry or a dummy (CPython's `fill`). */
  private fill = 0;
  /** Where the next pop() starts looking (CPython's `finger`). */
  private finger = 0;

  override set(k: PyValue, v: PyValue): void {
    void v;
    // A str or int already there: nothing changes, and its hash (pure) need not be computed.
    if ((typeof k === "string" || typeof k === "number") && this.map.has(k)) return;
    this.addHashed(k, pyHash(k));
  }

  /** set_add_entry: adds `k` (of hash `h`) unless an equal key is there; true when added. */
  addHashed(k: PyValue, h: Hash): boolean {
    const before = this.size;
    super.set(k, k);
    if (this.size === before) return false;
    const e = this.find(k)!;
    // The last dummy on the probe sequence before a never-used slot is reused, without a resize
    // (measured on CPython 3.11: after discarding 0..7, adding 0 then 1 iterates as [1, 0]).
    let dummy = -1;
    let i = -1;
    this.probe(h, this.mask, (j) => {
      if (this.slots[j] === DUMMY) dummy = j;
      if (this.slots[j] === null) i = j;
      return i >= 0;
    });
    if (dummy >= 0) {
      this.slots[dummy] = e;
      this.hashes[dummy] = h;
      return true;
    }
    this.slots[i] = e;
    this.hashes[i] = h;
    this.fill++;
    // CPython resizes once fill*5 >= mask*3, to four times the number of keys (twice past 50,000).
    if (this.fill * 5 >= this.mask * 3) this.resize(this.size > 50000 ? this.size * 2 : this.size * 4);
    return true;
  }

  override delete(k: PyValue): Entry | undefined {
    const e = super.delete(k);
    if (e !== undefined) this.markDummy(e, pyHash(k));
    return e;
  }

  override clear(): void {
    super.clear();
    this.slots = new Array(MINSIZE).fill(null);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0;
  }

  /** The keys in slot order (set_next). */
  override *entries(): IterableIterator<Entry> {
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) {
      const e = slots[i];
      if (e && e !== DUMMY) yield e;
    }
  }

  /** The entries with their hashes, in slot order. */
  *hashedEntries(): IterableIterator<[Entry, Hash]> {
    for (let i = 0; i <= this.mask; i++) {
      const e = this.slots[i];
      if (e && e !== DUMMY) yield [e, this.hashes[i]!];
    }
  }

  /** set.copy(), frozenset(s), set(s): a fresh table merged from this one (set_merge). */
  override copy(): SetTable {
    const t = new SetTable();
    t.merge(this);
    return t;
  }

  /**
   * set_merge: adds every key of `other`. After one resize up front, an empty table of the same size
   * takes the slots as they are (when `other` has no dummies), an empty one re-inserts in slot order,
   * and otherwise each key is added as by add().
   */
  merge(other: SetTable): void {
    if (other === this || other.size === 0) return;
    if ((this.fill + other.size) * 5 >= this.mask * 3) this.resize((this.size + other.size) * 2);
    if (this.fill === 0) {
      const same = this.mask === other.mask && other.fill === other.size;
      for (const [e, h] of other.hashedEntries()) {
        super.set(e.k, e.k);
        const mine = this.find(e.k)!;
        const i = same ? other.slotOf(e, h) : this.freeSlot(h, this.slots, this.mask);
        this.slots[i] = mine;
        this.hashes[i] = h;
      }
      this.fill = this.size;
      return;
    }
    for (const [e, h] of other.hashedEntries()) this.addHashed(e.k, h);
  }

  /** set_update_internal for a dict: one resize for all its keys, then add() in the dict's order. */
  addDictKeys(keys: readonly PyValue[]): void {
    if ((this.fill + keys.length) * 5 >= this.mask * 3) this.resize((this.size + keys.length) * 2);
    for (const k of keys) this.addHashed(k, pyHash(k));
  }

  /** set.pop(): the first key from the finger on, wrapping around. */
  pop(): PyValue | undefined {
    if (this.size === 0) return undefined;
    let i = this.finger & this.mask;
    while (this.slots[i] === null || this.slots[i] === DUMMY) i = i === this.mask ? 0 : i + 1;
    const e = this.slots[i]!;
    super.delete(e.k);
    this.slots[i] = DUMMY;
    this.hashes[i] = -1;
    this.finger = i + 1;
    return e.k;
  }

  /** After difference_update: CPython rebuilds the table once more than a quarter of it is dummies. */
  purgeDummies(): void {
    if (this.fill - this.size > Math.floor(this.mask / 4)) this.resize(this.size > 50000 ? this.size * 2 : this.size * 4);
  }

  /** Replaces this table's contents by `other`'s, slots included (set_swap_bodies). */
  takeBody(other: SetTable): void {
    super.clear();
    for (const e of other.map.values()) super.set(e.k, e.k);
    this.slots = other.slots.map((e) => (e && e !== DUMMY ? this.find(e.k)! : e));
    this.hashes = other.hashes.slice();
    this.mask = other.mask;
    this.fill = other.fill;
  }

  /** The slot holding entry `e` of hash `h`, by the probe sequence that placed it. */
  private slotOf(e: Entry, h: Hash): number {
    let found = -1;
    this.probe(h, this.mask, (i) => {
      if (this.slots[i] === e) found = i;
      return this.slots[i] === e || this.slots[i] === null;
    });
    return found;
  }

  private markDummy(e: Entry, h: Hash): void {
    const i = this.slotOf(e, h);
    if (i < 0) return;
    this.slots[i] = DUMMY;
    this.hashes[i] = -1;
  }

  /** The first never-used slot on `h`'s probe sequence (set_insert_clean, and add's stopping point). */
  private freeSlot(h: Hash, slots: (Entry | null)[], mask: number): number {
    let found = -1;
    this.probe(h, mask, (i) => {
      if (slots[i] === null) found = i;
      return found >= 0;
    });
    return found;
  }

  /** Visits `h`'s probe sequence in a table of `mask + 1` slots until `stop` returns true. */
  private probe(h: Hash, mask: number, stop: (i: number) => boolean): void {
    // CPython computes in size_t: a negative hash is taken modulo 2**64.
    let perturb = typeof h === "number" && h >= 0 ? h : BigInt.asUintN(64, BigInt(h));
    let i = typeof perturb === "number" ? perturb % (mask + 1) : Number(perturb & BigInt(mask));
    for (;;) {
      if (stop(i)) return;
      if (i + LINEAR_PROBES <= mask) for (let j = 1; j <= LINEAR_PROBES; j++) if (stop(i + j)) return;
      if (typeof perturb === "number") {
        perturb = Math.floor(perturb / 32);
        i = (i * 5 + 1 + (perturb % (mask + 1))) % (mask + 1);
      } else {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + Number(perturb & BigInt(mask))) % (mask + 1);
      }
    }
  }

  /** set_table_resize: the smallest power of two above `minused`, keys re-inserted in slot order. */
  private resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const slots: (Entry | null)[] = new Array(size).fill(null);
    const hashes: Hash[] = new Array(size).fill(0);
    for (let i = 0; i <= this.mask; i++) {
      const e = this.slots[i];
      if (!e || e === DUMMY) continue;
      const j = this.freeSlot(this.hashes[i]!, slots, size - 1);
      slots[j] = e;
      hashes[j] = this.hashes[i]!;
    }
    this.slots = slots;
    this.hashes = hashes;
    this.mask = size - 1;
    this.fill = this.size;
  }
}

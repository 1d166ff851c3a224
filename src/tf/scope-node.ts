/**
 * One scope of a graph's `names_in_use` tree (names-in-use.ts): for each lower-cased last part `key`
 * of a name in the scope, the count TF's flat dict holds for `scope/key` and, once a name goes below it,
 * the sub-scope `scope/key/`. One entry serves both (a count, or the sub-scope's node carrying the
 * count), so a scope named by `unique_name` costs one entry in its parent. Laid out for memory (issue
 * #13): the first entry lives in the node's own fields, together with the run of suffixes `name_1`,
 * `name_2`, ... that unique_name claimed after it (one number); the next SMALL entries in one flat
 * `[key, value, ...]` array (a Map of ten entries costs ~500 bytes), the rest in a Map.
 */

/** Entries a scope keeps in its flat array before it switches to a Map. */
const SMALL = 16;

/** An entry: the count of `scope/key` in names_in_use, or the node of `scope/key/` carrying it. */
type Entry = number | ScopeNode;

export class ScopeNode {
  // The first entry, inline.
  private k0: string | null = null;
  private v0: Entry = 0;
  // With the first entry as a base, `${k0}_1` .. `${k0}_${r0}` are counted without entries of their
  // own (1 each, unless an entry says more): unique_name's suffix loop claimed them one after another,
  // as it does for every op of a scope named alike (`w`, `w_1`, `w_2`, ...).
  private r0 = 0;
  // The other entries: a flat `[key, value, ...]` array, or a Map past SMALL of them.
  private more: (string | Entry)[] | Map<string, Entry> | null = null;

  /** @param count What names_in_use holds for the name of this scope itself (0: not there). */
  constructor(private count: number) {}

  // Keys are mostly the same interned strings (names-in-use.ts `suffixed`), so the scan compares pointers.
  private static find(xs: (string | Entry)[], key: string): number {
    for (let k = 0; k < xs.length; k += 2) if (xs[k] === key) return k;
    return -1;
  }

  // The entry of `key`: its own, else 1 when the run of suffixes covers it.
  private entry(key: string): Entry | undefined {
    if (this.k0 === key) return this.v0;
    const m = this.more;
    if (m !== null) {
      if (Array.isArray(m)) {
        const at = ScopeNode.find(m, key);
        if (at >= 0) return m[at + 1] as Entry;
      } else {
        const e = m.get(key);
        if (e !== undefined) return e;
      }
    }
    return this.inRun(key) ? 1 : undefined;
  }

  // Whether `key` is `${k0}_${j}` with 1 <= j <= r0, `j` written as `%d` writes it.
  private inRun(key: string): boolean {
    const r = this.r0;
    if (r === 0) return false;
    const base = this.k0!;
    const n = base.length;
    if (key.length <= n + 1 || key.charCodeAt(n) !== 95 || key.charCodeAt(n + 1) === 48 || !key.startsWith(base)) return false;
    let j = 0;
    for (let k = n + 1; k < key.length; k++) {
      const d = key.charCodeAt(k) - 48;
      if (d < 0 || d > 9) return false;
      j = j * 10 + d;
      if (j > r) return false;
    }
    return true;
  }

  private setEntry(key: string, value: Entry): void {
    if (this.k0 === key) {
      this.v0 = value;
      return;
    }
    const m = this.more;
    if (m !== null) {
      if (!Array.isArray(m)) {
        m.set(key, value);
        return;
      }
      const at = ScopeNode.find(m, key);
      if (at >= 0) {
        m[at + 1] = value;
        return;
      }
    }
    this.add(key, value);
  }

  /** The count of `key`, 0 when unused. */
  get(key: string): number {
    const e = this.entry(key);
    return e === undefined ? 0 : typeof e === "number" ? e : e.count;
  }

  /** Whether names_in_use holds `key` (its counts start at 1). */
  has(key: string): boolean {
    return this.get(key) > 0;
  }

  /** Adds one to the count of `key` (from 0 when unused); returns the count before. */
  bump(key: string): number {
    if (this.k0 === key) {
      const v = this.v0;
      if (typeof v === "number") {
        this.v0 = v + 1;
        return v;
      }
      return v.count++;
    }
    const e = this.entry(key);
    if (e === undefined) {
      this.add(key, 1);
      return 0;
    }
    if (typeof e === "number") {
      this.setEntry(key, e + 1);
      return e;
    }
    return e.count++;
  }

  /** If names_in_use lacks `key` (`${base}_${i}`), counts it as 1 and returns true; else returns false. */
  claim(key: string, base: string, i: number): boolean {
    const e = this.entry(key);
    if (e === undefined) {
      // The next suffix of the first entry extends its run; any other gets an entry.
      if (base === this.k0 && i === this.r0 + 1) this.r0 = i;
      else this.add(key, 1);
      return true;
    }
    if (typeof e === "number" || e.count > 0) return false;
    e.count = 1;
    return true;
  }

  // Adds an entry for `key`, which has none yet.
  private add(key: string, count: Entry): void {
    if (this.k0 === null) {
      this.k0 = key;
      this.v0 = count;
      return;
    }
    const m = this.more;
    if (m === null) this.more = [key, count];
    else if (!Array.isArray(m)) m.set(key, count);
    else if (m.length < 2 * SMALL) m.push(key, count);
    else {
      const map = new Map<string, Entry>();
      for (let k = 0; k < m.length; k += 2) map.set(m[k] as string, m[k + 1] as Entry);
      map.set(key, count);
      this.more = map;
    }
  }

  /** The sub-scope `key`; made when missing if `create`, else undefined. */
  child(key: string, create: boolean): ScopeNode | undefined {
    const e = this.entry(key);
    if (e instanceof ScopeNode) return e;
    if (!create) return undefined;
    const c = new ScopeNode(e ?? 0);
    if (e === undefined) this.add(key, c);
    else this.setEntry(key, c);
    return c;
  }
}

/**
 * One scope of a graph's `names_in_use` tree (names-in-use.ts): the counts of the names directly in it
 * (its leaves, keyed by the lower-cased last part) and its sub-scopes. Laid out for memory (issue #13):
 * most scopes count one name and hold one sub-scope, both kept in the node's own fields; further
 * leaves go to one flat `[key, count, ...]` array (a Map of ten entries costs ~500 bytes) and, past
 * SMALL of them, to a Map; further sub-scopes to a Map.
 */

/** Leaves a scope keeps in its flat array before it switches to a Map. */
const SMALL = 16;

export class ScopeNode {
  // The first leaf counted, inline.
  private k0: string | null = null;
  private c0 = 0;
  // The other leaves: a flat `[key, count, ...]` array, or a Map past SMALL of them.
  private more: (string | number)[] | Map<string, number> | null = null;
  // The first sub-scope inline (its key and node), the sub-scopes in a Map once there are two.
  private childKey: string | null = null;
  private kids: ScopeNode | Map<string, ScopeNode> | null = null;

  // Keys are mostly the same interned strings (names-in-use.ts `suffixed`), so the scan compares pointers.
  private static find(xs: (string | number)[], key: string): number {
    for (let k = 0; k < xs.length; k += 2) if (xs[k] === key) return k;
    return -1;
  }

  /** The count of `key`, 0 when unused. */
  get(key: string): number {
    if (this.k0 === key) return this.c0;
    const m = this.more;
    if (m === null) return 0;
    if (Array.isArray(m)) {
      const at = ScopeNode.find(m, key);
      return at < 0 ? 0 : (m[at + 1] as number);
    }
    return m.get(key) ?? 0;
  }

  has(key: string): boolean {
    if (this.k0 === key) return true;
    const m = this.more;
    if (m === null) return false;
    return Array.isArray(m) ? ScopeNode.find(m, key) >= 0 : m.has(key);
  }

  /** Adds one to the count of `key` (from 0 when unused); returns the count before. */
  bump(key: string): number {
    if (this.k0 === key) return this.c0++;
    const m = this.more;
    if (m !== null) {
      if (Array.isArray(m)) {
        const at = ScopeNode.find(m, key);
        if (at >= 0) return (m[at + 1] as number)++;
      } else {
        const c = m.get(key);
        if (c !== undefined) {
          m.set(key, c + 1);
          return c;
        }
      }
    }
    this.add(key, 1);
    return 0;
  }

  /** Counts `key`, which is not counted yet, as `count`. */
  add(key: string, count: number): void {
    if (this.k0 === null) {
      this.k0 = key;
      this.c0 = count;
      return;
    }
    const m = this.more;
    if (m === null) this.more = [key, count];
    else if (!Array.isArray(m)) m.set(key, count);
    else if (m.length < 2 * SMALL) m.push(key, count);
    else {
      const map = new Map<string, number>();
      for (let k = 0; k < m.length; k += 2) map.set(m[k] as string, m[k + 1] as number);
      map.set(key, count);
      this.more = map;
    }
  }

  /** The sub-scope `key`; made when missing if `create`, else undefined. */
  child(key: string, create: boolean): ScopeNode | undefined {
    const kids = this.kids;
    if (kids instanceof Map) {
      let c = kids.get(key);
      if (c === undefined && create) kids.set(key, (c = new ScopeNode()));
      return c;
    }
    if (this.childKey === key) return kids!;
    if (!create) return undefined;
    const c = new ScopeNode();
    if (kids === null) {
      this.childKey = key;
      this.kids = c;
    } else {
      this.kids = new Map([
        [this.childKey!, kids],
        [key, c],
      ]);
      this.childKey = null;
    }
    return c;
  }
}

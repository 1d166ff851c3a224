import type { PyValue } from "./base.js";

/**
 * A module namespace (globals, and the builtins): a Map that counts changes to every namespace, so a
 * load of a global name can reuse what it found while no namespace has changed since (the role of
 * CPython 3.11's dict keys versions in its LOAD_GLOBAL cache). Every write goes through these
 * methods (the Map constructor's too), so no change can be missed.
 */
export let namespaceVersion = 0;

export class Namespace extends Map<string, PyValue> {
  override set(k: string, v: PyValue): this {
    namespaceVersion++;
    return super.set(k, v);
  }
  override delete(k: string): boolean {
    namespaceVersion++;
    return super.delete(k);
  }
  override clear(): void {
    namespaceVersion++;
    super.clear();
  }
}

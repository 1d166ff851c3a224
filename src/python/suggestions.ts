import type { PyValue } from "./objects/base.js";
import { AttributeError, type PyException } from "./objects/exceptions.js";
import { dirOf } from "./objects/object-type.js";

/**
 * CPython 3.11's "Did you mean" hints (Python/suggestions.c): the closest candidate by a Levenshtein
 * distance where a case flip costs 1 and any other edit 2, accepted when at most about a third of the
 * characters change.
 */

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(a0: string, b0: string, maxCost: number): number {
  let a = a0;
  let b = b0;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.slice(s);
  b = b.slice(s);
  let e = 0;
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  a = a.slice(0, a.length - e);
  b = b.slice(0, b.length - e);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(a.length);
  for (let i = 0, t = MOVE_COST; i < a.length; i++, t += MOVE_COST) buffer[i] = t;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b.charCodeAt(bi);
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a.charCodeAt(i));
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The best candidate for `name` among `dir`, or null. */
export function closest(dir: readonly string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of dir) {
    if (item === name) continue;
    let maxDistance = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** Where a NameError was raised: the names CPython searches, in its order (locals, globals, builtins). */
export interface NameScope {
  locals: readonly string[];
  globals: Map<string, PyValue>;
  builtins: Map<string, PyValue>;
}

/** The suggestion CPython 3.11 appends to a NameError or AttributeError, or null. */
export function suggestion(e: PyException): string | null {
  const name = e.dict?.get("name");
  if (typeof name !== "string") return null;
  if (e.cls.isSubtypeOf(AttributeError)) {
    const obj = e.dict!.get("obj");
    if (obj === undefined) return null;
    try {
      return closest(dirOf(obj).filter((x): x is string => typeof x === "string"), name);
    } catch {
      return null;
    }
  }
  const scope = e.nameScope as NameScope | null;
  if (!scope) return null;
  return (
    closest(scope.locals, name) ??
    closest([...scope.globals.keys()], name) ??
    closest([...scope.builtins.keys()], name)
  );
}

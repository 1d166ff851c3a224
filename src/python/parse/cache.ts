/**
 * Parse results of programs already parsed in this process, by source text and Python-2 mode:
 * `check` runs the same snippet text in many documents (and again when a second reading re-runs it),
 * and a re-check of an unchanged corpus repeats every one. ASTs are immutable (module ASTs are shared
 * the same way), so one parse serves every run. Only successful parses are kept, since an error
 * names the file; the oldest entries go first past a bound on the sources' total size.
 */
import { type ParseOptions, type ParseResult, parse } from "./index.js";

/** Total source characters kept; ASTs take some tens of bytes per character. */
const LIMIT_CHARS = 512 * 1024;

const cached = new Map<string, ParseResult>();
let chars = 0;

/** `parse(source, options)`, or the result of an earlier identical parse. */
export function parseCached(source: string, options: ParseOptions): ParseResult {
  const mode = options.python2 === true ? "2" : options.python2 === "auto" ? "a" : "3";
  const key = mode + source;
  const hit = cached.get(key);
  if (hit !== undefined) return hit;
  const result = parse(source, options);
  if (source.length <= LIMIT_CHARS / 8) {
    cached.set(key, result);
    chars += source.length;
    for (const old of cached.keys()) {
      if (chars <= LIMIT_CHARS) break;
      cached.delete(old);
      chars -= old.length - 1;
    }
  }
  return result;
}

/** Empties the cache (a start-up snapshot does not carry the parse trees of its build's warm-up). */
export function clearParseCache(): void {
  cached.clear();
  chars = 0;
}

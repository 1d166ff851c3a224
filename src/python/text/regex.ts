// The matching operations of Python's `re` module on top of translated JavaScript RegExps:
// match/fullmatch/search with pos and endpos, and the iteration finditer, findall, sub and split
// share, which follows CPython 3.7+'s rule for empty matches (Modules/_sre/sre.c `must_advance`:
// after an empty match the next match may start at the same place only if it is non-empty).

import { PyTextError } from "./errors.js";
import { parseIntText } from "./int.js";
import { PyRegexError } from "./regex-syntax.js";
import { translatePattern } from "./regex-translate.js";

export { PyRegexError, RE_FLAGS } from "./regex-syntax.js";

/** A compiled Python pattern (re.compile's result, minus the Python object). */
export interface CompiledRegex {
  readonly pattern: string;
  /** Flags as Python reports them in Pattern.flags. */
  readonly flags: number;
  readonly groups: number;
  readonly groupIndex: ReadonlyMap<string, number>;
  /** @internal */ readonly scan: RegExp;
  /** @internal */ readonly sticky: RegExp;
  /** @internal */ readonly full: RegExp;
  /** @internal */ readonly source: string;
  /** @internal */ readonly jsFlags: string;
  /** @internal */ readonly userLookbehind: boolean;
}

/** One match: `spans[g]` is group g's [start, end), or null when the group did not take part (g = 0 is the whole match). */
export interface RegexMatch {
  spans: ([number, number] | null)[];
}

const cache = new Map<string, CompiledRegex>();
const CACHE_LIMIT = 512;

/** re.compile(pattern, flags). Throws PyRegexError (re.error) or TextUnsupported. */
export function compileRegex(pattern: string, flags = 0): CompiledRegex {
  const key = `${flags}:${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const t = translatePattern(pattern, flags);
  const jsFlags = t.ignoreCase ? "dvi" : "dv";
  const compiled: CompiledRegex = {
    pattern,
    flags: t.flags,
    groups: t.groups,
    groupIndex: t.groupIndex,
    scan: new RegExp(t.source, jsFlags + "g"),
    sticky: new RegExp(t.source, jsFlags + "y"),
    full: new RegExp(`(?:${t.source})(?![\\s\\S])`, jsFlags + "y"),
    source: t.source,
    jsFlags,
    userLookbehind: t.userLookbehind,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

function toMatch(m: RegExpExecArray): RegexMatch {
  const spans: ([number, number] | null)[] = [];
  for (const span of m.indices!) spans.push(span ? [span[0], span[1]] : null);
  return { spans };
}

function bounds(s: string, pos: number, endpos: number | null): [number, number] {
  const end = endpos === null ? s.length : Math.min(Math.max(endpos, 0), s.length);
  // Modules/_sre/sre.c state_init clamps both ends into the string.
  return [Math.min(Math.max(pos, 0), s.length), end];
}

function execAt(re: RegExp, text: string, at: number): RegexMatch | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? toMatch(m) : null;
}

/** Pattern.match(s, pos, endpos): a match starting exactly at pos. */
export function regexMatch(re: CompiledRegex, s: string, pos = 0, endpos: number | null = null): RegexMatch | null {
  const [b, e] = bounds(s, pos, endpos);
  if (b > e) return null;
  return execAt(re.sticky, s.slice(0, e), b);
}

/** Pattern.fullmatch(s, pos, endpos): a match from pos to exactly endpos. */
export function regexFullmatch(re: CompiledRegex, s: string, pos = 0, endpos: number | null = null): RegexMatch | null {
  const [b, e] = bounds(s, pos, endpos);
  if (b > e) return null;
  return execAt(re.full, s.slice(0, e), b);
}

/** Pattern.search(s, pos, endpos): the first match at or after pos. */
export function regexSearch(re: CompiledRegex, s: string, pos = 0, endpos: number | null = null): RegexMatch | null {
  const [b, e] = bounds(s, pos, endpos);
  if (b > e) return null;
  return execAt(re.scan, s.slice(0, e), b);
}

function codePointsBefore(text: string, at: number): number {
  let n = 0;
  for (let i = 0; i < at; i++, n++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < at) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** Per pattern: sticky "non-empty" RegExps demanding 1 or 2 characters before the match end. */
const nonEmptyCache = new WeakMap<CompiledRegex, RegExp[]>();

function nonEmptyRegex(re: CompiledRegex, k: number): RegExp {
  let cached = nonEmptyCache.get(re);
  if (!cached) nonEmptyCache.set(re, (cached = []));
  return (cached[k] ??= new RegExp(`(?:${re.source})(?<=[\\s\\S]{${k}})`, re.jsFlags + "y"));
}

/**
 * A match starting at `at` that is not empty: the pattern followed by a look-behind demanding more
 * characters before its end than precede `at`, so the engine backtracks past empty ends. The
 * translation's own look-behinds (^, \A, \b, MULTILINE) look back one character at most, so unless
 * the pattern has a look-behind of its own it runs on the text from `at - 1` with a short,
 * cached look-behind; otherwise on the whole text.
 */
function nonEmptyAt(re: CompiledRegex, text: string, at: number): RegexMatch | null {
  if (re.userLookbehind) {
    const k = codePointsBefore(text, at) + 1;
    return execAt(new RegExp(`(?:${re.source})(?<=[\\s\\S]{${k}})`, re.jsFlags + "y"), text, at);
  }
  let base = at > 0 ? at - 1 : 0;
  // Never split a surrogate pair: step back over a whole code point.
  if (base > 0 && /[\udc00-\udfff]/.test(text[base]!) && /[\ud800-\udbff]/.test(text[base - 1]!)) base--;
  const m = execAt(nonEmptyRegex(re, base < at ? 2 : 1), text.slice(base), at - base);
  if (m) for (const span of m.spans) if (span) (span[0] += base), (span[1] += base);
  return m;
}

/** Successive matches as finditer/findall/sub/split see them (CPython's must_advance rule). */
export function* regexFinditer(re: CompiledRegex, s: string, pos = 0, endpos: number | null = null): Generator<RegexMatch> {
  const [b, e] = bounds(s, pos, endpos);
  const text = s.slice(0, e);
  let start = b;
  let mustAdvance = false;
  while (start <= e) {
    let m: RegexMatch | null = null;
    if (mustAdvance) {
      m = nonEmptyAt(re, text, start);
      if (m === null) {
        if (start >= e) return;
        m = execAt(re.scan, text, start + 1);
      }
    } else {
      m = execAt(re.scan, text, start);
    }
    if (m === null) return;
    yield m;
    const [ms, me] = m.spans[0]!;
    mustAdvance = ms === me;
    start = me;
  }
}

function groupText(s: string, span: [number, number] | null): string | null {
  return span ? s.slice(span[0], span[1]) : null;
}

/** Pattern.findall: whole matches with no groups, group 1 with one, tuples (as arrays) with more; unmatched groups are "". */
export function regexFindall(re: CompiledRegex, s: string, pos = 0, endpos: number | null = null): (string | string[])[] {
  const out: (string | string[])[] = [];
  for (const m of regexFinditer(re, s, pos, endpos)) {
    if (re.groups === 0) out.push(groupText(s, m.spans[0]!)!);
    else if (re.groups === 1) out.push(groupText(s, m.spans[1]!) ?? "");
    else out.push(m.spans.slice(1).map((span) => groupText(s, span) ?? ""));
  }
  return out;
}

/** Pattern.split(s, maxsplit): pieces between matches, each followed by every group (null when unmatched). */
export function regexSplit(re: CompiledRegex, s: string, maxsplit = 0): (string | null)[] {
  const out: (string | null)[] = [];
  let last = 0;
  let n = 0;
  if (maxsplit < 0) return [s];
  for (const m of regexFinditer(re, s)) {
    if (maxsplit !== 0 && n >= maxsplit) break;
    const [ms, me] = m.spans[0]!;
    out.push(s.slice(last, ms));
    for (let g = 1; g <= re.groups; g++) out.push(groupText(s, m.spans[g]!));
    last = me;
    n++;
  }
  out.push(s.slice(last));
  return out;
}

/** Pattern.subn(repl, s, count) with repl already turned into a function of the match; count 0 = all. */
export function regexSubn(re: CompiledRegex, s: string, repl: (m: RegexMatch) => string, count = 0): [string, number] {
  let out = "";
  let last = 0;
  let n = 0;
  if (count < 0) return [s, 0];
  for (const m of regexFinditer(re, s)) {
    if (count !== 0 && n >= count) break;
    const [ms, me] = m.spans[0]!;
    out += s.slice(last, ms) + repl(m);
    last = me;
    n++;
  }
  return [out + s.slice(last), n];
}

/** A parsed replacement template: literal text and group numbers. */
export type TemplatePart = string | number;

const TEMPLATE_ESCAPES: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };

/**
 * Parses a replacement template (`\1`, `\g<name>`, `\g<0>`, `\n` ...) as Lib/re/_parser.py's
 * parse_template does. Throws PyRegexError (re.error), or PyTextError for CPython's
 * `IndexError: unknown group name 'x'`.
 */
export function parseTemplate(re: CompiledRegex, template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = "";
  const error = (msg: string, pos: number) => new PyRegexError(msg, template, pos);
  const group = (n: number, pos: number) => {
    if (n > re.groups) throw error(`invalid group reference ${n}`, pos);
    if (literal !== "") parts.push(literal);
    literal = "";
    parts.push(n);
  };
  let i = 0;
  while (i < template.length) {
    const ch = template[i++]!;
    if (ch !== "\\") {
      literal += ch;
      continue;
    }
    const start = i - 1;
    const c = template[i++];
    if (c === undefined) throw error("bad escape (end of pattern)", start);
    if (c === "g") {
      if (template[i] !== "<") throw error("missing <", i);
      const close = template.indexOf(">", i + 1);
      if (close < 0) throw error(i + 1 < template.length ? "missing >, unterminated name" : "missing group name", i + 1);
      const name = template.slice(i + 1, close);
      if (name === "") throw error("missing group name", i + 1);
      i = close + 1;
      let n: number;
      if (/^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(name)) {
        const found = re.groupIndex.get(name);
        if (found === undefined) throw new PyTextError("IndexError", `unknown group name '${name}'`);
        n = found;
      } else {
        // Lib/re/_parser.py (3.11) accepts whatever int() accepts here, but not a negative number.
        let parsed: bigint | null;
        try {
          parsed = parseIntText(name, 10);
        } catch {
          parsed = null;
        }
        if (parsed === null || parsed < 0n) throw error(`bad character in group name '${name}'`, close - name.length);
        n = parsed > BigInt(re.groups) ? re.groups + 1 : Number(parsed);
        if (n > re.groups) throw error(`invalid group reference ${parsed}`, close - name.length);
      }
      group(n, close - name.length);
    } else if (c === "0") {
      let digits = "0";
      for (let k = 0; k < 2 && /[0-7]/.test(template[i] ?? ""); k++) digits += template[i++];
      literal += String.fromCharCode(parseInt(digits, 8) & 0xff);
    } else if (c >= "1" && c <= "9") {
      let digits = c;
      if (/[0-9]/.test(template[i] ?? "")) {
        digits += template[i++];
        if (/[0-7]/.test(c) && /[0-7]/.test(digits[1]!) && /[0-7]/.test(template[i] ?? "")) {
          digits += template[i++];
          const v = parseInt(digits, 8);
          if (v > 0o377) throw error(`octal escape value \\${digits} outside of range 0-0o377`, start);
          literal += String.fromCharCode(v);
          continue;
        }
      }
      group(Number(digits), start + 1);
    } else if (c in TEMPLATE_ESCAPES) {
      literal += TEMPLATE_ESCAPES[c];
    } else if (/[A-Za-z]/.test(c)) {
      throw error(`bad escape \\${c}`, start);
    } else {
      literal += "\\" + c;
    }
  }
  if (literal !== "") parts.push(literal);
  return parts;
}

/** Match.expand / the text a template produces for one match (unmatched groups give ""). */
export function expandTemplate(parts: readonly TemplatePart[], s: string, m: RegexMatch): string {
  let out = "";
  for (const part of parts) out += typeof part === "string" ? part : (groupText(s, m.spans[part]!) ?? "");
  return out;
}

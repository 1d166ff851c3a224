// Translates a Python `re` pattern (str patterns, CPython 3.11's Lib/re/_parser.py grammar and
// error messages) into the source of an equivalent JavaScript RegExp in `v` mode. Everything whose
// meaning differs between the engines is rewritten explicitly: `.` and `$` (Python's only line
// break is \n, and `$` also matches before a final \n), `^`/`$` under MULTILINE, \A \Z \b \B,
// the Unicode-aware \d \s \w classes, VERBOSE layout. What JavaScript cannot express (possessive
// quantifiers, atomic groups, conditionals, scoped IGNORECASE changes, \N{...}) raises
// TextUnsupported naming the feature.

import { TextUnsupported } from "./errors.js";
import { CATEGORY, PyRegexError, RE_FLAGS, SIMPLE_ESCAPES, lit } from "./regex-syntax.js";

const { IGNORECASE, LOCALE, MULTILINE, DOTALL, UNICODE, VERBOSE, ASCII } = RE_FLAGS;

/** The translation of one pattern. */
export interface TranslatedPattern {
  /** JavaScript RegExp source for the `v` flag (plus `i` when `ignoreCase`). */
  source: string;
  ignoreCase: boolean;
  /** The pattern's flags as Python reports them (`UNICODE` included for str patterns). */
  flags: number;
  /** Number of capturing groups. */
  groups: number;
  /** Group name -> number. */
  groupIndex: Map<string, number>;
  /** Whether the pattern has a look-behind of its own (the translation's own look back one character at most). */
  userLookbehind: boolean;
}

const FLAG_CHARS: Record<string, number> = { i: IGNORECASE, L: LOCALE, m: MULTILINE, s: DOTALL, x: VERBOSE, a: ASCII, u: UNICODE };
const ASCII_LETTER = /[A-Za-z]/;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isOct = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "7";
const isHex = (c: string | undefined): boolean => c !== undefined && /[0-9a-fA-F]/.test(c);
const IDENT = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
const VERBOSE_SPACE = " \t\n\r\v\f";

/** A set item while parsing a character class: a code point, or a category (\d, \w ...). */
type ClassItem = { cp: number; text: string } | { category: string };

/**
 * A translated piece of pattern with what the checks need: whether it holds capturing groups,
 * whether some of them may stay unset when the piece matches, and the fewest and most characters
 * it matches (Python's getwidth(), for look-behinds and empty iterations).
 */
interface Piece {
  js: string;
  groups: boolean;
  optionalGroups: boolean;
  min: number;
  max: number;
}

/** One quantifiable unit of a sequence, with what Python's "nothing to repeat" checks need. */
interface Item extends Piece {
  kind: "atom" | "anchor" | "repeat";
}

const char = (js: string): Item => ({ js, kind: "atom", groups: false, optionalGroups: false, min: 1, max: 1 });
const anchor = (js: string): Item => ({ js, kind: "anchor", groups: false, optionalGroups: false, min: 0, max: 0 });
/** n × width, where a repetition of nothing stays nothing however often it repeats. */
const times = (n: number, width: number): number => (width === 0 ? 0 : n * width);

/** Translates `pattern` compiled with `flags`; throws PyRegexError or TextUnsupported. */
export function translatePattern(pattern: string, flags: number): TranslatedPattern {
  return new Translator(pattern, flags).run();
}

class Translator {
  private pos = 0;
  private groups = 0;
  private readonly groupIndex = new Map<string, number>();
  private readonly openGroups = new Set<number>();
  private userLookbehind = false;
  private variableLookbehind = false;
  private readonly groupWidths = new Map<number, [number, number]>();
  private readonly p: string;

  constructor(
    pattern: string,
    private flags: number,
  ) {
    this.p = pattern;
  }

  private error(msg: string, pos: number): PyRegexError {
    return new PyRegexError(msg, this.p, pos);
  }

  run(): TranslatedPattern {
    if (this.flags & LOCALE) throw this.error("cannot use LOCALE flag with a str pattern", 0);
    if ((this.flags & ASCII) === 0) this.flags |= UNICODE;
    if (this.flags & ASCII && this.flags & UNICODE) throw new PyRegexError("ASCII and UNICODE flags are incompatible", this.p, 0);
    const source = this.alternation(this.flags, true).js;
    if (this.pos < this.p.length) throw this.error("unbalanced parenthesis", this.pos);
    if (this.variableLookbehind) throw new PyRegexError("look-behind requires fixed-width pattern", this.p, 0, false);
    return {
      source,
      ignoreCase: (this.flags & IGNORECASE) !== 0,
      flags: this.flags,
      groups: this.groups,
      groupIndex: this.groupIndex,
      userLookbehind: this.userLookbehind,
    };
  }

  private peek(offset = 0): string | undefined {
    return this.p[this.pos + offset];
  }

  /** Alternatives up to a ')' (not consumed) or the end. */
  private alternation(flags: number, top: boolean): Piece {
    const branches: Piece[] = [];
    for (;;) {
      // Global flags set at the start also govern later top-level branches.
      branches.push(this.sequence(top ? this.flags : flags, top && branches.length === 0));
      if (this.peek() !== "|") break;
      this.pos++;
    }
    if (branches.length === 1) return branches[0]!;
    const groups = branches.some((b) => b.groups);
    return {
      js: branches.map((b) => b.js).join("|"),
      groups,
      optionalGroups: groups,
      min: Math.min(...branches.map((b) => b.min)),
      max: Math.max(...branches.map((b) => b.max)),
    };
  }

  private skipVerbose(flags: number): void {
    if (!(flags & VERBOSE)) return;
    for (;;) {
      const c = this.peek();
      if (c !== undefined && VERBOSE_SPACE.includes(c)) this.pos++;
      else if (c === "#") {
        while (this.pos < this.p.length && this.p[this.pos] !== "\n") this.pos++;
      } else return;
    }
  }

  private sequence(flags: number, first: boolean): Piece {
    const items: Item[] = [];
    let localFlags = flags;
    for (;;) {
      this.skipVerbose(localFlags);
      const c = this.peek();
      if (c === undefined || c === "|" || c === ")") break;
      const start = this.pos;
      if ("*+?{".includes(c)) {
        if (c === "{" && !this.isRepeatBrace()) {
          this.pos++;
          items.push(char(lit(123)));
          continue;
        }
        this.quantify(items, start);
        continue;
      }
      if (c === "(" && this.peek(1) === "?" && this.isGlobalFlags()) {
        const added = this.globalFlags();
        if (!first || items.length > 0) throw this.error("global flags not at the start of the expression", start);
        localFlags |= added;
        this.flags |= added;
        continue;
      }
      items.push(this.atom(localFlags));
    }
    return {
      js: items.map((i) => i.js).join(""),
      groups: items.some((i) => i.groups),
      optionalGroups: items.some((i) => i.optionalGroups),
      min: items.reduce((n, i) => n + i.min, 0),
      max: items.reduce((n, i) => n + i.max, 0),
    };
  }

  private isRepeatBrace(): boolean {
    const m = /^\{(\d*)(?:,(\d*))?\}/.exec(this.p.slice(this.pos));
    return m !== null && this.p[this.pos + 1] !== "}";
  }

  private quantify(items: Item[], start: number): void {
    const c = this.p[this.pos++]!;
    let q: string;
    let lo = c === "+" ? 1 : 0;
    let hi = c === "?" ? 1 : Infinity;
    if (c === "{") {
      const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(this.p.slice(start))!;
      this.pos = start + m[0].length;
      lo = m[1] === "" ? 0 : Number(m[1]);
      hi = m[2] === undefined ? lo : m[3] === "" ? Infinity : Number(m[3]);
      if (lo >= 2 ** 32 - 1 || (hi !== Infinity && hi >= 2 ** 32 - 1)) {
        throw new TextUnsupported("repetition count too large");
      }
      if (hi < lo) throw this.error("min repeat greater than max repeat", start + 1);
      q = hi === Infinity ? `{${lo},}` : hi === lo ? `{${lo}}` : `{${lo},${hi}}`;
    } else {
      q = c;
    }
    const prev = items[items.length - 1];
    if (prev === undefined || prev.kind === "anchor") throw this.error("nothing to repeat", start);
    if (prev.kind === "repeat") throw this.error("multiple repeat", start);
    if (this.peek() === "?") {
      this.pos++;
      q += "?";
    } else if (this.peek() === "+") {
      throw new TextUnsupported("possessive quantifier in regular expression");
    }
    // JavaScript resets a repeated group's captures at every iteration and refuses empty
    // iterations; Python keeps captures from earlier iterations and runs one empty iteration.
    // The results differ exactly when an iteration can leave a group unset or match "".
    if (hi > 1 && prev.groups && (prev.optionalGroups || prev.min === 0)) {
      throw new TextUnsupported("capturing group inside a repetition whose iterations may skip it or match nothing");
    }
    items[items.length - 1] = {
      js: `(?:${prev.js})${q}`,
      kind: "repeat",
      groups: prev.groups,
      optionalGroups: prev.optionalGroups || (lo === 0 && prev.groups),
      min: times(lo, prev.min),
      max: times(hi, prev.max),
    };
  }

  private isGlobalFlags(): boolean {
    let i = this.pos + 2;
    while (i < this.p.length && this.p[i]! in FLAG_CHARS) i++;
    return i > this.pos + 2 && this.p[i] === ")";
  }

  private globalFlags(): number {
    this.pos += 2;
    let added = 0;
    while (this.p[this.pos] !== ")") {
      const ch = this.p[this.pos++]!;
      if (ch === "L") throw this.error("bad inline flags: cannot use 'L' flag with a str pattern", this.pos);
      added |= FLAG_CHARS[ch]!;
    }
    this.pos++;
    if (added & ASCII && this.flags & UNICODE && !(this.flags & ASCII)) this.flags &= ~UNICODE;
    return added;
  }

  private atom(flags: number): Item {
    const start = this.pos;
    const c = this.p[this.pos++]!;
    switch (c) {
      case ".":
        return char(flags & DOTALL ? "[\\s\\S]" : "[^\\n]");
      case "^":
        return anchor(flags & MULTILINE ? "(?:(?<![\\s\\S])|(?<=\\n))" : "(?<![\\s\\S])");
      case "$":
        return anchor(flags & MULTILINE ? "(?=\\n|(?![\\s\\S]))" : "(?=\\n?(?![\\s\\S]))");
      case "[":
        return char(this.charClass(flags, start));
      case "(":
        return this.group(flags, start);
      case "\\":
        return this.escape(flags, start);
      default: {
        const cp = this.p.codePointAt(start)!;
        this.pos = start + String.fromCodePoint(cp).length;
        return char(lit(cp));
      }
    }
  }

  /** A backreference matches what its (closed) group matched: that group's widths, no captures. */
  private backref(n: number): Item {
    const [min, max] = this.groupWidths.get(n)!;
    return { js: `(?:\\${n})`, kind: "atom", groups: false, optionalGroups: false, min, max };
  }

  private closeGroup(open: number): void {
    if (this.peek() !== ")") throw this.error("missing ), unterminated subpattern", open);
    this.pos++;
  }

  private group(flags: number, open: number): Item {
    if (this.peek() !== "?") {
      const n = ++this.groups;
      this.openGroups.add(n);
      const body = this.alternation(flags, false);
      this.closeGroup(open);
      this.openGroups.delete(n);
      this.groupWidths.set(n, [body.min, body.max]);
      return { ...body, js: `(${body.js})`, kind: "atom", groups: true };
    }
    this.pos++;
    const c = this.peek();
    if (c === undefined) throw this.error("unexpected end of pattern", this.pos);
    if (c === ":") return this.wrapped(flags, open, 1, "(?:", false);
    if (c === "=" || c === "!") return this.wrapped(flags, open, 1, `(?${c}`, true);
    if (c === "<" && (this.peek(1) === "=" || this.peek(1) === "!")) {
      this.userLookbehind = true;
      return this.wrapped(flags, open, 2, `(?<${this.peek(1)}`, true);
    }
    if (c === "#") {
      const close = this.p.indexOf(")", this.pos);
      if (close < 0) throw this.error("missing ), unterminated comment", open);
      this.pos = close + 1;
      return { ...anchor(""), kind: "atom" };
    }
    if (c === "P") return this.namedGroup(flags, open);
    if (c === "<" && this.peek(1) === undefined) throw this.error("unexpected end of pattern", this.pos + 1);
    if (c === ">") throw new TextUnsupported("atomic group (?>...) in regular expression");
    if (c === "(") throw new TextUnsupported("conditional group (?(...)...) in regular expression");
    if (c in FLAG_CHARS || c === "-") return this.scopedFlags(flags, open);
    const shown = c === "<" ? `?<${this.peek(1) ?? ""}` : `?${c}`;
    throw this.error(`unknown extension ${shown}`, open + 1);
  }

  private wrapped(flags: number, open: number, skip: number, prefix: string, lookaround: boolean): Item {
    this.pos += skip;
    const body = this.alternation(flags, false);
    this.closeGroup(open);
    const js = `${prefix}${body.js})`;
    // Lib/re/_compiler.py rejects a look-behind whose width varies, once the whole pattern parsed.
    if (prefix.startsWith("(?<") && body.min !== body.max) this.variableLookbehind = true;
    // A look-around matches nothing, and a negative one never sets its groups.
    if (lookaround) return { js, kind: "atom", groups: body.groups, optionalGroups: body.groups, min: 0, max: 0 };
    return { ...body, js, kind: "atom" };
  }

  private groupName(end: string, at: number): string {
    const close = this.p.indexOf(end, this.pos);
    if (close < 0) throw this.error(`missing ${end}, unterminated name`, at);
    const name = this.p.slice(this.pos, close);
    if (name === "") throw this.error("missing group name", at);
    if (!IDENT.test(name)) throw this.error(`bad character in group name '${name}'`, at);
    this.pos = close + 1;
    return name;
  }

  private namedGroup(flags: number, open: number): Item {
    this.pos++;
    const kind = this.p[this.pos++];
    if (kind === "<") {
      const at = this.pos;
      const name = this.groupName(">", at);
      const n = ++this.groups;
      const was = this.groupIndex.get(name);
      if (was !== undefined) throw this.error(`redefinition of group name '${name}' as group ${n}; was group ${was}`, at);
      this.groupIndex.set(name, n);
      this.openGroups.add(n);
      const body = this.alternation(flags, false);
      this.closeGroup(open);
      this.openGroups.delete(n);
      this.groupWidths.set(n, [body.min, body.max]);
      return { ...body, js: `(?<${name}>${body.js})`, kind: "atom", groups: true };
    }
    if (kind === "=") {
      const at = this.pos;
      const name = this.groupName(")", at);
      const n = this.groupIndex.get(name);
      if (n === undefined) throw this.error(`unknown group name '${name}'`, at);
      if (this.openGroups.has(n)) throw this.error("cannot refer to an open group", at);
      return this.backref(n);
    }
    if (kind === undefined) throw this.error("unexpected end of pattern", this.pos - 1);
    throw this.error(`unknown extension ?P${kind}`, open + 1);
  }

  private scopedFlags(flags: number, open: number): Item {
    let on = 0;
    let off = 0;
    while (this.peek() !== undefined && this.peek()! in FLAG_CHARS) {
      const ch = this.p[this.pos++]!;
      if (ch === "L") throw this.error("bad inline flags: cannot use 'L' flag with a str pattern", this.pos);
      on |= FLAG_CHARS[ch]!;
    }
    if (this.peek() === "-") {
      this.pos++;
      while (this.peek() !== undefined && this.peek()! in FLAG_CHARS) {
        const ch = this.p[this.pos++]!;
        if (ch === "a" || ch === "u" || ch === "L") {
          throw this.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", this.pos);
        }
        off |= FLAG_CHARS[ch]!;
        if (on & FLAG_CHARS[ch]!) throw this.error("bad inline flags: flag turned on and off", this.pos);
      }
    }
    if (this.peek() !== ":") {
      if (this.peek() === undefined) throw this.error("missing -, : or )", this.pos);
      throw this.error("missing :", this.pos);
    }
    this.pos++;
    const inner = (flags | on) & ~off;
    if ((inner & IGNORECASE) !== (this.flags & IGNORECASE)) {
      throw new TextUnsupported("scoped IGNORECASE flag (?i:...) in regular expression");
    }
    const body = this.alternation(on & ASCII ? inner & ~UNICODE : inner, false);
    this.closeGroup(open);
    return { ...body, js: `(?:${body.js})`, kind: "atom" };
  }

  private category(letter: string, flags: number): string {
    return CATEGORY[letter]![flags & ASCII ? 1 : 0];
  }

  private wordBoundary(flags: number, negate: boolean): string {
    const w = this.category("w", flags);
    return negate ? `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))` : `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
  }

  /** \x \u \U \N and octal escapes shared by both contexts; returns a code point or null. */
  private codeEscape(c: string, start: number): number | null {
    const hex = (n: number): number => {
      const digits = this.p.slice(this.pos, this.pos + n);
      if (digits.length < n || ![...digits].every(isHex)) {
        let got = "";
        for (let i = this.pos; i < this.pos + n && isHex(this.p[i]); i++) got += this.p[i];
        throw this.error(`incomplete escape \\${c}${got}`, start);
      }
      this.pos += n;
      return parseInt(digits, 16);
    };
    if (c === "x") return hex(2);
    if (c === "u") return hex(4);
    if (c === "U") {
      const cp = hex(8);
      if (cp > 0x10ffff) throw this.error(`bad escape \\U${this.p.slice(start + 2, this.pos)}`, start);
      return cp;
    }
    if (c === "N") throw new TextUnsupported("\\N{...} named character escape in regular expression");
    return null;
  }

  private escape(flags: number, start: number): Item {
    const c = this.p[this.pos++];
    if (c === undefined) throw this.error("bad escape (end of pattern)", start);
    if (c in CATEGORY) return char(this.category(c, flags));
    switch (c) {
      case "A":
        return anchor("(?<![\\s\\S])");
      case "Z":
        return anchor("(?![\\s\\S])");
      case "b":
        return anchor(this.wordBoundary(flags, false));
      case "B":
        return anchor(this.wordBoundary(flags, true));
    }
    if (c in SIMPLE_ESCAPES) return char(lit(SIMPLE_ESCAPES[c]!));
    const code = this.codeEscape(c, start);
    if (code !== null) return char(lit(code));
    if (c === "0") {
      let v = 0;
      for (let k = 0; k < 2 && isOct(this.peek()); k++) v = v * 8 + Number(this.p[this.pos++]);
      return char(lit(v));
    }
    if (isDigit(c)) {
      // Lib/re/_parser.py: three octal digits make an octal escape, else one or two digits a group.
      if (isDigit(this.peek())) {
        if (isOct(c) && isOct(this.peek()) && isOct(this.peek(1))) {
          const text = c + this.p.slice(this.pos, this.pos + 2);
          this.pos += 2;
          const v = parseInt(text, 8);
          if (v > 0o377) throw this.error(`octal escape value \\${text} outside of range 0-0o377`, start);
          return char(lit(v));
        }
        this.pos++;
      }
      const n = Number(this.p.slice(start + 1, this.pos));
      if (n > this.groups) throw this.error(`invalid group reference ${n}`, start + 1);
      if (this.openGroups.has(n)) throw this.error("cannot refer to an open group", start);
      return this.backref(n);
    }
    if (ASCII_LETTER.test(c)) throw this.error(`bad escape \\${c}`, start);
    const cp = this.p.codePointAt(this.pos - 1)!;
    this.pos = this.pos - 1 + String.fromCodePoint(cp).length;
    return char(lit(cp));
  }

  private classItem(flags: number): ClassItem {
    const start = this.pos;
    const c = this.p[this.pos++]!;
    if (c !== "\\") {
      const cp = this.p.codePointAt(start)!;
      this.pos = start + String.fromCodePoint(cp).length;
      return { cp, text: String.fromCodePoint(cp) };
    }
    const e = this.p[this.pos++];
    if (e === undefined) throw this.error("unterminated character set", start);
    const text = () => this.p.slice(start, this.pos);
    if (e in CATEGORY) return { category: this.category(e, flags) };
    if (e in SIMPLE_ESCAPES) return { cp: SIMPLE_ESCAPES[e]!, text: text() };
    const code = this.codeEscape(e, start);
    if (code !== null) return { cp: code, text: text() };
    if (isOct(e)) {
      let digits = e;
      for (let k = 0; k < 2 && isOct(this.peek()); k++) digits += this.p[this.pos++];
      const v = parseInt(digits, 8);
      if (v > 0o377) throw this.error(`octal escape value \\${digits} outside of range 0-0o377`, start);
      return { cp: v, text: text() };
    }
    if (isDigit(e) || ASCII_LETTER.test(e)) throw this.error(`bad escape \\${e}`, start);
    const cp = this.p.codePointAt(this.pos - 1)!;
    this.pos = this.pos - 1 + String.fromCodePoint(cp).length;
    return { cp, text: text() };
  }

  private charClass(flags: number, open: number): string {
    let negate = false;
    if (this.peek() === "^") {
      negate = true;
      this.pos++;
    }
    const parts: string[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw this.error("unterminated character set", open);
      if (c === "]" && !first) {
        this.pos++;
        break;
      }
      first = false;
      const itemStart = this.pos;
      const item = this.classItem(flags);
      if (this.peek() === "-" && this.peek(1) !== undefined && this.peek(1) !== "]") {
        this.pos++;
        const hi = this.classItem(flags);
        if ("category" in item || "category" in hi) {
          const shown = this.p.slice(itemStart, this.pos);
          throw this.error(`bad character range ${shown}`, itemStart);
        }
        if (hi.cp < item.cp) throw this.error(`bad character range ${item.text}-${hi.text}`, itemStart);
        parts.push(`${lit(item.cp)}-${lit(hi.cp)}`);
      } else if (this.peek() === "-" && this.peek(1) === undefined) {
        throw this.error("unterminated character set", open);
      } else {
        parts.push("category" in item ? item.category : lit(item.cp));
      }
    }
    return `[${negate ? "^" : ""}${parts.join("")}]`;
  }
}

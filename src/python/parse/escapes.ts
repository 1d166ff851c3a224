/** Decoding of Python string and bytes literal bodies (escape sequences), as CPython 3.11's
 * Parser/string_parser.c does. */

/** A literal's prefix and quotes, split from its source text. */
export interface LiteralParts {
  raw: boolean;
  bytes: boolean;
  format: boolean;
  /** Offset of the body within the literal's text, and the body's length. */
  bodyStart: number;
  bodyEnd: number;
}

/** Splits `text` (a whole literal such as `rb'''x'''`) into prefix flags and body bounds. */
export function literalParts(text: string): LiteralParts {
  let i = 0;
  let raw = false;
  let bytes = false;
  let format = false;
  for (; i < text.length; i++) {
    const c = text[i]!.toLowerCase();
    if (c === "r") raw = true;
    else if (c === "b") bytes = true;
    else if (c === "f") format = true;
    else if (c !== "u") break;
  }
  const q = text[i]!;
  const quoteLen = text.startsWith(q + q + q, i) && text.length >= i + 6 ? 3 : 1;
  return { raw, bytes, format, bodyStart: i + quoteLen, bodyEnd: text.length - quoteLen };
}

/** An escape error: CPython's message and the offset of the backslash within the decoded body. */
export class EscapeError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const SIMPLE: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/**
 * Decodes the escapes of a str (or, with `bytes`, a bytes) literal body. For bytes the result holds one
 * char per byte (code points 0-255). Unknown escapes keep their backslash, as CPython does (with a
 * DeprecationWarning we do not print).
 */
export function decodeEscapes(body: string, bytes: boolean): string {
  if (!body.includes("\\")) return body;
  let out = "";
  const n = body.length;
  for (let i = 0; i < n; ) {
    const c = body[i]!;
    if (c !== "\\") {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) {
      out += "\\";
      break;
    }
    if (e === "\n") {
      i += 2;
      continue;
    }
    const simple = SIMPLE[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (e >= "0" && e <= "7") {
      let j = i + 1;
      let v = 0;
      while (j < n && j < i + 4 && body[j]! >= "0" && body[j]! <= "7") v = v * 8 + Number(body[j++]);
      out += String.fromCharCode(bytes ? v & 0xff : v);
      i = j;
      continue;
    }
    const width = e === "x" ? 2 : bytes ? 0 : e === "u" ? 4 : e === "U" ? 8 : 0;
    if (width > 0) {
      const hex = body.slice(i + 2, i + 2 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) {
        const codec = bytes ? "(value error) invalid \\x escape" : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 1 + hexRun(body, i + 2, width)}: truncated \\${e}${"X".repeat(width)} escape`;
        throw new EscapeError(codec, i);
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) {
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 9}: illegal Unicode character`, i);
      }
      out += String.fromCodePoint(cp);
      i += 2 + width;
      continue;
    }
    if (e === "N" && !bytes) throw new EscapeError("\\N{...} escapes are not supported", i);
    out += "\\";
    i++;
  }
  return out;
}

function hexRun(body: string, from: number, max: number): number {
  let k = 0;
  while (k < max && /[0-9a-fA-F]/.test(body[from + k] ?? "")) k++;
  return k;
}

/**
 * The first error CPython 3.11's f-string parser (Parser/string_parser.c fstring_find_expr) finds in
 * an f-string body, or null: backslashes, '#', unbalanced brackets or quotes in a field, an unclosed
 * field, an empty expression, a bad `!` conversion, a lone `}`, format specs nested too deeply.
 * `checkExpr`, when given, compiles each field's expression as soon as its end is found (as
 * fstring_compile_expr does) and returns its error message, already prefixed "f-string: ".
 */
export function fstringError(body: string, checkExpr?: (expr: string) => string | null): string | null {
  const n = body.length;
  const field = (i: number, level: number): number | string => {
    // `i` is just past "{"; returns the index past the closing "}" or an error.
    if (level >= 2) return "f-string: expressions nested too deeply";
    const stack: string[] = [];
    let quote = "";
    let triple = false;
    const start = i;
    for (; i < n; i++) {
      const c = body[i]!;
      if (c === "\\") return "f-string expression part cannot include a backslash";
      if (quote) {
        if (c === quote && (!triple || (body[i + 1] === c && body[i + 2] === c))) {
          if (triple) i += 2;
          quote = "";
        }
        continue;
      }
      if (c === "'" || c === '"') {
        triple = body[i + 1] === c && body[i + 2] === c && i + 2 < n;
        if (triple) i += 2;
        quote = c;
      } else if ("([{".includes(c)) {
        if (stack.length >= 200) return "f-string: too many nested parenthesis";
        stack.push(c);
      } else if (c === "#") return "f-string expression part cannot include '#'";
      else if (stack.length === 0 && "!:}=<>".includes(c)) {
        const next = body[i + 1];
        if (next === "=" && c !== ":" && c !== "}") {
          i++;
          continue;
        }
        if (c === "<" || c === ">") continue;
        break;
      } else if (")]}".includes(c)) {
        const open = stack.pop();
        if (open === undefined) return `f-string: unmatched '${c}'`;
        if ("([{".indexOf(open) !== ")]}".indexOf(c)) return `f-string: closing parenthesis '${c}' does not match opening parenthesis '${open}'`;
      }
    }
    if (quote) return "f-string: unterminated string";
    if (stack.length > 0) return `f-string: unmatched '${stack[stack.length - 1]}'`;
    if (i >= n) return "f-string: expecting '}'";
    if (body.slice(start, i).trim() === "") {
      return body[i] === "!" ? "f-string: expression required before '!'" : "f-string: empty expression not allowed";
    }
    const exprError = checkExpr?.(body.slice(start, i));
    if (exprError) return exprError;
    if (body[i] === "=") {
      i++;
      while (body[i] === " " || body[i] === "\t" || body[i] === "\n" || body[i] === "\f" || body[i] === "\r" || body[i] === "\v") i++;
    }
    if (body[i] === "!") {
      if (i + 1 >= n) return "f-string: expecting '}'";
      if (!"sra".includes(body[i + 1]!)) return "f-string: invalid conversion character: expected 's', 'r', or 'a'";
      i += 2;
    }
    if (body[i] === ":") {
      for (i++; i < n && body[i] !== "}"; i++) {
        if (body[i] === "{") {
          const r = field(i + 1, level + 1);
          if (typeof r === "string") return r;
          i = r - 1;
        }
      }
    }
    if (i >= n || body[i] !== "}") return "f-string: expecting '}'";
    return i + 1;
  };
  for (let i = 0; i < n; i++) {
    const c = body[i];
    if (c === "{" || c === "}") {
      if (body[i + 1] === c) {
        i++;
        continue;
      }
      if (c === "}") return "f-string: single '}' is not allowed";
      const r = field(i + 1, 0);
      if (typeof r === "string") return r;
      i = r - 1;
    }
  }
  return null;
}

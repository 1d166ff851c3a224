import { parser } from "@lezer/python";
import type { SyntaxNode } from "@lezer/common";
import type * as A from "../ast.js";
import { firstError, kids } from "./base.js";
import { StmtConverter } from "./stmt.js";
import { rewritePrints } from "./py2.js";
import { SourceMap } from "./source-map.js";
import { PyCompileError, PySyntaxError, PyUnsupportedError } from "./syntax-error.js";
import { COMPILER_DEPTH_LIMIT, deepLines } from "./depth.js";
import { checkModule } from "./syntax-check.js";
import { blockErrors, lezerGap, lezerLimit, refineError, type HeaderChecker } from "./errors.js";
import { lezerSpelling } from "./respell.js";
import { tokenize, type TokenList } from "./tokenize.js";
import { fstringError, literalParts } from "./escapes.js";

/** Options of `parse`. */
export interface ParseOptions {
  /** The file name errors report. */
  filename: string;
  /** Python 2 mode: print statements (default false). "auto" uses it only when the source does not
   * parse as Python 3 but does as Python 2. */
  python2?: boolean | "auto";
  /** Only the parser's errors, not the compiler's (an f-string field is compiled later, with the module). */
  parserOnly?: boolean;
}

/** A parsed module, and whether it was read as Python 2. */
export interface ParseResult {
  module: A.Module;
  python2: boolean;
}

/** Chunks shorter than this are merged with the next (Lezer's per-parse overhead). */
const CHUNK_CHARS = 2000;

/**
 * Parses Python source into our AST (ast.ts), refusing what CPython 3.11 refuses with a PySyntaxError
 * of CPython's kind, wording and position. Valid Python we do not run raises PyUnsupportedError.
 */
export function parse(source: string, options: ParseOptions): ParseResult {
  // CPython reads source with universal newlines.
  const src = source.includes("\r") ? source.replace(/\r\n?/g, "\n") : source;
  const map = new SourceMap(src);
  const toks = tokenize(src, map, options.filename);
  if (toks.error?.message === "too many nested parentheses") return { module: tooManyParens(src, toks.tokens, toks.error, options), python2: false };
  const mode = options.python2 ?? false;
  if (mode === true) return { module: parseWith(src, map, toks.tokens, toks.error, options.filename, true), python2: true };
  try {
    return { module: parseWith(src, map, toks.tokens, toks.error, options.filename, false, options.parserOnly), python2: false };
  } catch (e) {
    if (mode !== "auto" || !(e instanceof PySyntaxError) || !/\bprint\b/.test(src)) throw e;
    try {
      return { module: parseWith(src, map, toks.tokens, toks.error, options.filename, true), python2: true };
    } catch {
      throw e;
    }
  }
}

/**
 * Python 3.11 reads an f-string's fields itself (Parser/string_parser.c) and compiles each
 * expression on its own, prefixing its errors with "f-string: ": a nested f-string reusing the
 * outer quote, or any other error inside a field, is a SyntaxError there (Lezer reads the 3.12
 * grammar, where many of them are valid).
 */
function fstringFields(src: string, map: SourceMap, tokens: TokenList, filename: string): void {
  // The same field text (`{name}`) recurs; its verdict depends on the text alone.
  const verdicts = new Map<string, string | null>();
  const plain = fieldChecker(filename);
  const check = (expr: string): string | null => {
    let v = verdicts.get(expr);
    if (v === undefined) verdicts.set(expr, (v = plain(expr)));
    return v;
  };
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.type(k) !== "STRING" || !formatPrefix(src, tokens.start(k))) continue;
    const start = tokens.start(k);
    const text = src.slice(start, tokens.end(k));
    const lp = literalParts(text);
    if (!lp.format) continue;
    const msg = fstringError(text.slice(lp.bodyStart, lp.bodyEnd), check);
    if (msg) {
      const lc = map.lineCol(start);
      throw new PySyntaxError("SyntaxError", msg, filename, lc.line, lc.col, map.lineText(lc.line));
    }
  }
}

/** Whether the string literal at `start` has an `f` among its prefix letters (at most two of them). */
function formatPrefix(src: string, start: number): boolean {
  for (let i = start; i < start + 2; i++) {
    const c = src.charCodeAt(i) | 0x20;
    if (c === 0x66) return true;
    if (c !== 0x72 && c !== 0x75 && c !== 0x62) return false;
  }
  return false;
}

/** fstring_compile_expr: a field's expression parsed alone, its error prefixed "f-string: ". */
function fieldChecker(filename: string): (expr: string) => string | null {
  return (expr) => {
    try {
      parse(`(${expr})`, { filename, parserOnly: true });
      return null;
    } catch (e) {
      return e instanceof PySyntaxError ? `f-string: ${e.message}` : null;
    }
  };
}

/** The statement a header is tried in: `except` and `elif` need the statement they continue. */
const HEADER_FRAMES: Record<string, [string, number]> = {
  except: ["try:\n pass\n", 2],
  elif: ["if 1:\n pass\n", 2],
};

/** A block header parsed with its colon and a body, to tell "expected ':'" from other errors. */
function headerChecker(filename: string): HeaderChecker {
  return (kw, header) => {
    const [before, lines] = HEADER_FRAMES[kw] ?? ["", 0];
    try {
      parse(`${before}${header}:\n pass\n`, { filename, parserOnly: true });
      return "valid";
    } catch (e) {
      if (e instanceof PyUnsupportedError) return "valid";
      if (!(e instanceof PySyntaxError)) throw e;
      const own = e.line === lines + 1 && e.message !== "invalid syntax" && e.message !== "expected ':'" && !e.message.startsWith("invalid syntax.");
      if (!own) return "invalid";
      return new PySyntaxError(e.kind, e.message, filename, e.line - lines, e.col, "", e.endLine === undefined ? undefined : e.endLine - lines, e.endCol);
    }
  };
}

/**
 * Brackets nested 200 deep stop CPython's tokenizer: the statements before the one holding them may
 * still raise a syntax error of their own first; Lezer never sees the deep statement.
 */
function tooManyParens(src: string, tokens: TokenList, error: PySyntaxError, options: ParseOptions): never {
  let cut = 0;
  for (let k = 0; k < tokens.length; k++) if (tokens.type(k) === "NEWLINE") cut = tokens.end(k);
  if (cut > 0) parse(src.slice(0, cut), { ...options, python2: false });
  throw error;
}

function parseWith(
  src: string,
  map: SourceMap,
  tokens: TokenList,
  tokError: PySyntaxError | null,
  filename: string,
  python2: boolean,
  parserOnly = false,
): A.Module {
  const respelled = lezerSpelling(src, tokens);
  const { stars, overlays } = respelled;
  // Expressions nested deeper than Lezer copes with are read as a shallow statement of the same shape,
  // and reported once the file is known to be free of syntax errors.
  const { text: spelled, deep } = deepLines(src, respelled.text, tokens, (o) => map.lineOf(o));
  const rw = python2 ? rewritePrints(src, spelled, tokens.toArray()) : null;
  const text = rw ? rw.text : spelled;
  const inserts = rw ? rw.inserts : [];
  const body: A.Stmt[] = [];
  let parseError: PySyntaxError | null = null;
  let generic = false; // parseError is Lezer's, and plain "invalid syntax"
  // Valid Python we do not run is reported only once the whole file is known to be valid: CPython
  // would report a syntax error anywhere in it first.
  let unsupported: PyUnsupportedError | null = null;
  const { starts, bounds } = statementLines(src, tokens, map);
  const textMap = rw ? new SourceMap(text) : map;
  let fromLine = bounds[0]!;
  for (let k = 0; k < bounds.length - 1 && !parseError; k++) {
    if (fromLine < bounds[k]!) fromLine = bounds[k]!;
    const from = textMap.lineStart(fromLine);
    const to = k + 2 < bounds.length ? textMap.lineStart(bounds[k + 1]!) : text.length;
    const chunk = text.slice(from, to);
    const tree = parser.parse(chunk);
    const conv = new StmtConverter(chunk, map, filename, from, inserts);
    if (rw) conv.print2 = rw.prints;
    conv.stars = stars;
    conv.overlays = overlays;
    const errAt = firstError(tree);
    for (const n of kids(tree.topNode)) {
      if (errAt !== null && n.to >= errAt) break;
      try {
        body.push(...conv.block([n]));
      } catch (e) {
        if (e instanceof PyUnsupportedError) {
          unsupported ??= e;
          continue;
        }
        if (!(e instanceof PySyntaxError)) throw e;
        parseError = e;
        break;
      }
    }
    if (!parseError && errAt !== null) {
      const at = conv.sourceOffset(errAt);
      const gap = tokError ? null : lezerLimit(src, tokens.toArray(), at) ? "an operator chain of 300 or more operands" : lezerGap(src, tokens.toArray(), at);
      if (gap) {
        // Lezer cannot read this statement; go on from the next one, which may hold a syntax error.
        const lc = map.lineCol(at);
        unsupported ??= new PyUnsupportedError(gap, filename, lc.line, lc.col);
        const next = starts.find((l) => l > lc.line);
        if (next !== undefined && next < bounds[k + 1]!) {
          fromLine = next;
          k--;
        }
        continue;
      }
      parseError = refineError(src, map, tokens.toArray(), at, filename, fieldChecker(filename), headerChecker(filename));
      generic = parseError.message === "invalid syntax";
    }
  }
  // Indentation errors are found on the token stream; the earliest parser-stage error wins.
  const indentError = blockErrors(src, map, tokens, filename);
  // Lezer's own error near a bad indentation is a consequence of it.
  // A generic error on the line before counts only at that line's end (CPython's parser reached the
  // INDENT); one inside the line (`with a = 1` before an indented body) stops CPython there first.
  const atLineEnd = (e: PySyntaxError) => e.col >= e.lineText.replace(/#.*$/, "").trimEnd().length;
  const nearby = parseError && (indentError?.line ?? 0) <= parseError.line + (generic && atLineEnd(parseError) ? 1 : 0);
  if (indentError && (!parseError || before(indentError, parseError) || nearby)) parseError = indentError;
  if (tokError && (!parseError || tokenizerWins(tokError, parseError, map.lineCol(lastTokenStart(tokens))))) throw tokError;
  if (parseError) throw parseError;
  fstringFields(src, map, tokens, filename);
  if (parserOnly) return { kind: "Module", body, line: 1, col: 0, endLine: 1, endCol: 0 };
  const tooDeep = deep.find((d) => d.depth >= COMPILER_DEPTH_LIMIT);
  if (tooDeep) throw new PyCompileError("RecursionError", "maximum recursion depth exceeded during compilation", tooDeep.line);
  if (deep.length > 0) unsupported ??= new PyUnsupportedError(`an expression nested ${deep[0]!.depth} levels deep`, filename, deep[0]!.line, 0);
  const end = map.lineCol(src.length);
  const module: A.Module = { kind: "Module", body, line: 1, col: 0, endLine: end.line, endCol: end.col };
  checkModule(module, map, filename);
  if (unsupported) throw unsupported;
  return module;
}

/**
 * Which of a tokenizer error and a parser error CPython reports (Parser/pegen_errors.c). The parser
 * pulls tokens lazily, so a tokenizer error before the parser's wins. After a parser error, CPython
 * tokenizes the rest of the file (_PyPegen_tokenize_full_source_to_check_for_errors) and lets the
 * errors the tokenizer raises itself win (bad strings, characters, numbers, brackets), but not the
 * ones it only flags (indentation, tabs, line continuation), and not after "unexpected indent".
 * A bracket still open at the end wins only over a parser error on a later line than the bracket.
 */
/** `last`: where the last token read (other than a line break) starts. */
function tokenizerWins(tok: PySyntaxError, parse: PySyntaxError, last: { line: number; col: number }): boolean {
  if (/ was never closed$/.test(tok.message)) {
    // Also when the parser ran into the end of the file (pegen_errors.c _PyPegen_set_syntax_error).
    return Math.max(parse.line, parse.reach ?? 0) > tok.line || !before(parse, last);
  }
  // Tokens stop at a tokenizer error: Lezer's own complaint at the last one is a consequence of it.
  if (parse.message === "invalid syntax" && !before(parse, last)) return true;
  // An indentation error is found at the start of its line but reported at the line's end.
  if (tok.kind !== "SyntaxError") return parse.line >= tok.line;
  if (before(tok, parse)) return true;
  const flagged = /^unexpected (character after line continuation|EOF)/.test(tok.message);
  return !flagged && parse.message !== "unexpected indent";
}

/** Where the last token other than a line break starts. */
function lastTokenStart(tokens: TokenList): number {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const type = tokens.type(k);
    if (type !== "NEWLINE" && type !== "DEDENT" && type !== "ENDMARKER") return tokens.start(k);
  }
  return 0;
}

function before(a: { line: number; col: number }, b: { line: number; col: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

/**
 * The lines where top-level statements start (not `else`/`elif`/`except`/`finally` continuations,
 * not after a decorator), and among them the lines at which to cut the module into separately parsed
 * chunks, at least CHUNK_CHARS apart. Parsing a long module in one go makes Lezer slow and, past some
 * depth of repetition, makes it force reductions and insert spurious error nodes. The last bound is
 * one past the last line.
 */
function statementLines(src: string, tokens: TokenList, map: SourceMap): { starts: number[]; bounds: number[] } {
  const starts: number[] = [];
  const bounds = [1];
  let level = 0;
  let lastCut = 0;
  let prevFirst = "";
  let atStmt = true;
  for (let k = 0; k < tokens.length; k++) {
    const type = tokens.type(k);
    if (type === "INDENT") level++;
    else if (type === "DEDENT") level--;
    else if (type === "NEWLINE") atStmt = true;
    // ENDMARKER starts no statement: on an unterminated last line it would cut the chunk inside the
    // block that line ends (its last statement then ran after the block).
    else if (atStmt && type !== "ENDMARKER") {
      atStmt = false;
      const start = tokens.start(k);
      const word = src.slice(start, tokens.end(k));
      if (level === 0 && prevFirst !== "@" && !/^(else|elif|except|finally)$/.test(word)) {
        const line = map.lineOf(start);
        starts.push(line);
        if (start - lastCut >= CHUNK_CHARS) {
          bounds.push(line);
          lastCut = start;
        }
      }
      prevFirst = word;
    }
  }
  bounds.push(map.lineCount + 1);
  return { starts, bounds };
}

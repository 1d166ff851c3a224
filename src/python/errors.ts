import type { Expr, Stmt } from "./ast.js";
import { None, type PyType, type PyValue } from "./objects/base.js";
import { AttributeError, NameError, PyException, SyntaxError, type PyTraceback } from "./objects/exceptions.js";
import { str } from "./ops/convert.js";
import { suggestion } from "./suggestions.js";
import type { PySyntaxError } from "./parse/syntax-error.js";

/**
 * CPython 3.11's presentation of errors: tracebacks with chained causes/contexts, the final
 * `Type: message` line (with "Did you mean" hints), and SyntaxError's source line with carets.
 */

/** The exception's class name as tracebacks print it: qualified unless builtins or __main__. */
export function exceptionTypeName(e: PyException): string {
  return typeName(e.cls);
}

function typeName(t: PyType): string {
  const mod = t.dict!.get("__module__") ?? t.module;
  return mod === "builtins" || mod === "__main__" || typeof mod !== "string" ? t.qualname : `${mod}.${t.qualname}`;
}

/** The exception's superclasses, spelled as its type is, nearest first (`object` left out). */
export function exceptionBaseNames(e: PyException): string[] {
  return e.cls.mro.slice(1).filter((t) => t.name !== "object").map(typeName);
}

/** `str(e)`, or CPython's placeholder when __str__ itself fails. */
export function exceptionMessage(e: PyException): string {
  try {
    return str(e);
  } catch {
    return "<exception str() failed>";
  }
}

/** The last line: `Type: message` (just `Type` for an empty message), plus CPython 3.10+'s suggestion. */
export function formatExceptionOnly(e: PyException): string {
  const name = exceptionTypeName(e);
  let msg = exceptionMessage(e);
  if (e.cls.isSubtypeOf(NameError) || e.cls.isSubtypeOf(AttributeError)) {
    const hint = suggestion(e);
    if (hint) msg += `. Did you mean: '${hint}'?`;
  }
  const notes = e.dict?.get("__notes__");
  const noteText = notes && typeof notes === "object" && "items" in notes ? (notes as { items: PyValue[] }).items.map((n) => `\n${str(n)}`).join("") : "";
  return (msg === "" ? name : `${name}: ${msg}`) + noteText;
}

const RECURSIVE_CUTOFF = 3;

/** Where a binary operator or a subscript's brackets sit inside the failing expression (CPython 3.11's
 * _extract_caret_anchors_from_line_segment): offsets relative to the expression's start. */
function anchors(node: Expr | Stmt, text: string): [number, number] | null {
  if (node.line !== node.endLine) return null;
  const seg = text.slice(node.col, node.endCol);
  if (node.kind === "BinOp" && node.left.endLine === node.line && node.right.line === node.line) {
    const opStart = node.left.endCol - node.col;
    const opStr = seg.slice(opStart, node.right.col - node.col);
    const opOffset = opStr.length - opStr.trimStart().length;
    const left = opStart + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !/\s/.test(opStr[opOffset + 1]!)) right++;
    return [left, right];
  }
  if (node.kind === "Subscript" && node.value.endLine === node.line && node.slice.endLine === node.line) {
    let left = node.value.endCol - node.col;
    let right = node.slice.endCol - node.col + 1;
    while (left < seg.length && seg[left] !== "[") left++;
    while (right < seg.length && seg[right] !== "]") right++;
    if (right < seg.length) right++;
    return [left, right];
  }
  return null;
}

/** CPython 3.11's position markers under a traceback line: `^` under the failing expression, or `~`
 * and `^` marking a binary operator or subscript; nothing when the expression is the whole line. */
function carets(t: PyTraceback): string {
  const node = t.pos;
  const text = t.code.lines?.line(t.line);
  if (!node || text === undefined || node.line !== t.line) return "";
  const stripped = text.trim();
  const leading = text.length - text.trimStart().length;
  const trailing = text.length - text.trimEnd().length;
  const start = node.col;
  const anchor = anchors(node, text);
  const end = node.line === node.endLine ? node.endCol : leading + stripped.length;
  if (!(end - start < stripped.length || (anchor && anchor[1] - anchor[0] > 0))) return "";
  const pad = " ".repeat(Math.max(0, start - leading - trailing));
  const marks = anchor
    ? "~".repeat(anchor[0]) + "^".repeat(anchor[1] - anchor[0]) + "~".repeat(end - start - anchor[1])
    : "^".repeat(end - start);
  return `    ${pad}${marks}\n`;
}

function sourceLine(entry: PyTraceback): string | null {
  const { code, line } = entry;
  if (!code.lines || /^<.*>$/.test(code.filename)) return null;
  const text = code.lines.line(line);
  return text === undefined ? null : text.trim();
}

/** The innermost entry of the exception's traceback outside host-internal modules (where it was raised,
 * as the user sees it), or null. */
export function innermostEntry(e: PyException): PyTraceback | null {
  let inner: PyTraceback | null = null;
  for (let t = e.tb; t !== null; t = t.next) if (!t.code.hidden) inner = t;
  return inner;
}

/** The `Traceback (most recent call last):` block of one exception (no chaining). */
export function formatTraceback(e: PyException): string {
  const entries: PyTraceback[] = [];
  for (let t = e.tb; t !== null; t = t.next) if (!t.code.hidden) entries.push(t);
  let out = "";
  if (entries.length) {
    out += "Traceback (most recent call last):\n";
    // CPython prints a run of identical entries three times, then one "[Previous line repeated]" line.
    let last = "";
    let count = 0;
    const flush = () => {
      if (count > RECURSIVE_CUTOFF) {
        const n = count - RECURSIVE_CUTOFF;
        out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
      }
    };
    for (const t of entries) {
      const head = `  File "${t.code.filename}", line ${t.line + t.code.lineOffset}, in ${t.code.name}\n`;
      if (head !== last) {
        flush();
        last = head;
        count = 0;
      }
      if (++count > RECURSIVE_CUTOFF) continue;
      out += head;
      const src = sourceLine(t);
      if (src) out += `    ${src}\n${carets(t)}`;
    }
    flush();
  }
  if (e.cls.isSubtypeOf(SyntaxError)) out += syntaxErrorDetail(e);
  return out + formatExceptionOnly(e) + "\n";
}

/** A SyntaxError raised at run time carries (filename, lineno, offset, text): show them as CPython does. */
function syntaxErrorDetail(e: PyException): string {
  const d = e.dict!;
  const file = d.get("filename");
  const line = d.get("lineno");
  if (typeof file !== "string" || line === undefined || line === None) return "";
  const text = d.get("text");
  const offset = d.get("offset");
  const endOffset = d.get("end_offset");
  let out = `  File "${file}", line ${str(line)}\n`;
  if (typeof text === "string") out += caretLines(text, typeof offset === "number" ? offset - 1 : -1, typeof endOffset === "number" ? endOffset - 1 : -1);
  return out;
}

function caretLines(text: string, col: number, endCol: number): string {
  const line = text.replace(/\n$/, "");
  const stripped = line.replace(/^[ \t\f]+/, "");
  const indent = line.length - stripped.length;
  let out = `    ${stripped.trimEnd()}\n`;
  // traceback.py _format_syntax_error: the caret goes under the stripped line, and only when the
  // offset falls inside it (an "unexpected indent" points into the indentation: no caret).
  const start = col - indent;
  if (col >= 0 && start >= 0) {
    const n = endCol > col ? endCol - col : 1;
    out += `    ${" ".repeat(start)}${"^".repeat(n)}\n`;
  }
  return out;
}

/** The whole report CPython prints for an uncaught exception, causes and contexts first. */
export function formatException(e: PyException, seen = new Set<PyException>()): string {
  seen.add(e);
  let out = "";
  if (e.cause instanceof PyException && !seen.has(e.cause)) {
    out += formatException(e.cause, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (e.context && !e.suppressContext && !seen.has(e.context)) {
    out += formatException(e.context, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  return out + formatTraceback(e);
}

/** A parse-time SyntaxError, printed as CPython prints one for a file (no traceback header). */
export function formatSyntaxError(err: PySyntaxError, lineOffset = 0): string {
  // CPython prints a single caret for IndentationError and TabError whatever their end offset.
  const endCol = err.kind === "SyntaxError" && err.endLine === err.line && err.endCol !== undefined ? err.endCol : -1;
  return (
    `  File "${err.filename}", line ${err.line + lineOffset}\n` +
    caretLines(err.lineText, err.col, endCol) +
    `${err.kind}: ${err.message}\n`
  );
}

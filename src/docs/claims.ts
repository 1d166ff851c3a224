import type { SyntaxNode } from "@lezer/common";
import type { Snippet } from "./extract.js";
import { type RecordedKind, withRecorded } from "./formats/notebook-judge.js";
import { markerBody } from "./markers.js";
import { isStraightLine, insideFunction, parsePython } from "./python-tree.js";

/** What kind of statement about behaviour a document makes. */
export type ClaimKind =
  | "assert" // an assert statement: it must not fail
  | "print-comment" // `print(x)  # expected` — the line that print writes
  | "expression-comment" // `x.name  # expected` — the value of a bare expression
  | "name-comment" // `v = ...  # v.name = 'expected'` — an attribute's value after the run
  | "raises" // `# Raises ValueError("... fragment ...")` — the statement raises
  | "output" // a block of program output shown after the snippet
  | "doctest" // a `>>>` example's expected output
  | RecordedKind; // a notebook cell's recorded output (formats/notebook-judge.ts)

/** One claim, at its document line. */
export interface Claim {
  line: number;
  kind: ClaimKind;
  /** The claimed value or output, as the document writes it (quotes and `...` removed where noted). */
  expected: string;
  /** print-comment: position among the snippet's print calls (0-based). */
  printIndex?: number;
  /** expression- and name-comment: the expression whose value is claimed. */
  expression?: string;
  /** raises: the exception type and message fragment; the line of the statement the comment is about. */
  exceptionType?: string;
  fragment?: string;
  statementLine?: number;
  /** assert: the statement sits in a function body (it runs when the function is called). */
  inFunction?: boolean;
  /** doctest: which example (0-based). */
  example?: number;
  /** The comment reads as a sentence, not a value: recorded, never judged. */
  prose?: boolean;
  /** Comment claims: where the claimed value is written, as offsets into the snippet's code (for `--fix`, fix.ts). */
  valueAt?: { from: number; to: number };
}

/** A print call of the snippet, for matching stdout lines to calls. */
export interface PrintCall {
  line: number;
  /** Writes exactly one line each time it runs, and runs at most once (straight-line code, no end=/file=). */
  mappable: boolean;
}

/** The claims of a snippet and the facts the judge needs to check them. */
export interface SnippetClaims {
  claims: Claim[];
  prints: PrintCall[];
}

const LEAD_IN = /^(?:should\s+print|will\s+print|prints?|outputs?|returns?|results?(?:\s+in)?|gives|expected(?:\s+output)?|->|=>|==>|→)\s*:?\s*/i;
const RAISES = /^(?:this\s+)?(?:raises|throws|->\s*raises|=>\s*raises)\s*:?\s*([A-Za-z_][\w.]*)\s*(?:\((.*)\))?/i;

/** Finds the claims a snippet makes: asserts, claim comments, an output block, `>>>` outputs. */
export function findClaims(s: Snippet): SnippetClaims {
  if (s.kind === "console") {
    const claims = (s.examples ?? []).map<Claim>((e, i) => ({
      line: e.line,
      kind: "doctest",
      expected: e.want,
      example: i,
    }));
    return { claims, prints: [] };
  }
  const t = parsePython(s.code);
  const docLine = (offset: number) => t.lineOf(offset) + s.startLine - 1;
  const claims: Claim[] = [];
  const prints: PrintCall[] = [];
  const printByEndLine = new Map<number, number>();
  const exprByEndLine = new Map<number, string>();
  // Each line of a simple statement → the statement's first line, where CPython reports its errors.
  const statementStart = new Map<number, number>();
  t.tree.iterate({
    enter(ref) {
      const n = ref.node;
      if (/Statement$/.test(n.name) && !n.getChild("Body")) {
        for (let l = docLine(n.from); l <= docLine(n.to - 1); l++) statementStart.set(l, docLine(n.from));
      }
      if (n.name === "AssertStatement") {
        claims.push({ line: docLine(n.from), kind: "assert", expected: text(n), inFunction: insideFunction(n) });
      } else if (isPrint(n, t.source)) {
        printByEndLine.set(docLine(n.to - 1), prints.length);
        prints.push({ line: docLine(n.from), mappable: isStraightLine(n) && printsOneLine(n, t.source) });
      } else if (n.name === "ExpressionStatement" && isBareExpression(n)) {
        exprByEndLine.set(docLine(n.to - 1), text(n));
      }
    },
  });
  t.tree.iterate({
    enter(ref) {
      if (ref.name !== "Comment") return;
      const raw = t.source.slice(ref.from, ref.to);
      if (markerBody(raw) !== null) return;
      const line = docLine(ref.from);
      const trailing = t.source.slice(t.source.lastIndexOf("\n", ref.from - 1) + 1, ref.from).trim() !== "";
      const body = raw.replace(/^#+\s*/, "").trim();
      const bodyFrom = ref.from + /^#+\s*/.exec(raw)![0].length;
      const raises = RAISES.exec(body);
      if (raises && looksLikeExceptionName(raises[1]!)) {
        const about = trailing ? line : Math.max(0, ...[...statementStart.keys()].filter((l) => l < line)) || line;
        const statementLine = statementStart.get(about) ?? about;
        claims.push({
          line,
          kind: "raises",
          expected: raises[2] === undefined ? raises[1]! : `${raises[1]}(${raises[2]})`,
          exceptionType: raises[1]!,
          fragment: fragmentOf(raises[2] ?? ""),
          statementLine,
        });
        return;
      }
      const named = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\s*=\s*(['"])(.*)\2\s*$/.exec(body);
      if (named) {
        const close = bodyFrom + body.lastIndexOf(named[2]!);
        claims.push({ line, kind: "name-comment", expected: named[3]!, expression: named[1]!, valueAt: { from: close - named[3]!.length, to: close } });
        return;
      }
      if (!trailing) return;
      const value = body.replace(LEAD_IN, "");
      const prose = isProse(value);
      const valueAt = { from: bodyFrom + body.length - value.length, to: bodyFrom + body.length };
      const printIndex = printByEndLine.get(line);
      if (printIndex !== undefined) {
        claims.push({ line, kind: "print-comment", expected: value, printIndex, valueAt, ...(prose ? { prose } : {}) });
      } else if (exprByEndLine.has(line) && !prose) {
        claims.push({ line, kind: "expression-comment", expected: value, expression: exprByEndLine.get(line)!, valueAt });
      }
    },
  });
  if (s.output) claims.push({ line: s.output.startLine, kind: "output", expected: s.output.text });
  claims.sort((a, b) => a.line - b.line);
  return { claims: withRecorded(s, claims), prints };

  function text(n: SyntaxNode): string {
    return t.source.slice(n.from, n.to);
  }
}

function isPrint(n: SyntaxNode, source: string): boolean {
  if (n.name === "PrintStatement") return true;
  if (n.name !== "ExpressionStatement") return false;
  const call = n.firstChild;
  const callee = call?.name === "CallExpression" ? call.firstChild : null;
  return !!callee && callee.name === "VariableName" && source.slice(callee.from, callee.to) === "print";
}

/** A print that writes exactly one line: no `end=`/`file=`, no Python 2 `>>f` or trailing comma. */
function printsOneLine(n: SyntaxNode, source: string): boolean {
  const text = source.slice(n.from, n.to);
  if (n.name === "PrintStatement") return !/^print\s*>>/.test(text) && !/,\s*$/.test(text);
  const args = n.firstChild?.getChild("ArgList");
  if (!args) return false;
  for (let c = args.firstChild; c; c = c.nextSibling) {
    if (c.name === "VariableName" && c.nextSibling?.name === "AssignOp") {
      if (/^(end|file)$/.test(source.slice(c.from, c.to))) return false;
    }
    if (c.name === "**") return false;
  }
  return true;
}

/** `x.name`, `a[0]`: an expression whose value a comment can state (calls are left out: they act). */
function isBareExpression(n: SyntaxNode): boolean {
  return /^(VariableName|MemberExpression)$/.test(n.firstChild?.name ?? "");
}

function looksLikeExceptionName(name: string): boolean {
  return /(Error|Exception|Exit|Interrupt|Warning|StopIteration)$/.test(name.split(".").pop()!);
}

/**
 * The message fragment of `("... v already exists ...")`: quotes and the elisions at its ends
 * removed; an elision inside (`"Variable ... already exists"`) stays, as `…`, to match any text.
 */
export function fragmentOf(args: string): string {
  const unquoted = args.trim().replace(/^[rbuf]?(['"])([\s\S]*)\1$/i, "$2");
  return unquoted
    .replace(/\.\.\.|…/g, "…")
    .replace(/\s+/g, " ")
    .replace(/^[\s…]+|[\s…]+$/g, "")
    .replace(/ ?… ?/g, " … ");
}

/** A comment that is a sentence: two words in a row and nothing that looks like a printed value. */
function isProse(value: string): boolean {
  return /[A-Za-z]{2,} [A-Za-z]{2,}/.test(value) && !/[/:()[\]{}='"<>]|\d\.\d/.test(value);
}

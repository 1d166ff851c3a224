import { Tree, type SyntaxNode, type TreeBuffer } from "@lezer/common";
import type * as A from "../ast.js";
import type { Overlay } from "./respell.js";
import type { SourceMap } from "./source-map.js";
import { PySyntaxError, PyUnsupportedError } from "./syntax-error.js";

/** The children of a Lezer node, in order, without comments (which Lezer keeps anywhere). */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.name !== "Comment") out.push(c);
  return out;
}

/** The chunk-relative offset of the first error node Lezer inserted, ignoring the one it puts after
 * a bare `yield` (its grammar wants an operand there; Python does not). */
export function firstError(tree: Tree): number | null {
  // Most chunks hold no error node: a scan of the tree's flat buffers says so without building nodes.
  if (!holdsError(tree)) return null;
  let at: number | null = null;
  const cursor = tree.cursor();
  do {
    if (!cursor.type.isError) continue;
    const n = cursor.node;
    let prev = n.prevSibling;
    while (prev?.name === "Comment") prev = prev.prevSibling;
    if (n.from === n.to && prev?.name === "yield") continue;
    at = n.from;
    break;
  } while (cursor.next());
  return at;
}

/** Whether Lezer put an error node anywhere in `tree` (its buffers store nodes as [type, from, to,
 * end] quadruples). */
export function holdsError(tree: Tree | TreeBuffer): boolean {
  if (tree instanceof Tree) {
    if (tree.type.isError) return true;
    for (const c of tree.children) if (holdsError(c)) return true;
    return false;
  }
  const { buffer, set } = tree;
  const types = set.types;
  for (let i = 0; i < buffer.length; i += 4) if (types[buffer[i]!]!.isError) return true;
  return false;
}

/** Splits a child list at "," tokens; a trailing comma leaves no empty last group but is reported. */
export function splitCommas(nodes: SyntaxNode[]): { groups: SyntaxNode[][]; comma: boolean } {
  const groups: SyntaxNode[][] = [];
  let cur: SyntaxNode[] = [];
  let comma = false;
  for (const n of nodes) {
    if (n.name === ",") {
      groups.push(cur);
      cur = [];
      comma = true;
    } else cur.push(n);
  }
  if (cur.length > 0) groups.push(cur);
  return { groups, comma };
}

/**
 * What every converter of one chunk's Lezer tree needs: the chunk's text, the mapping of its offsets
 * to source positions, and errors at those positions.
 */
export class ConverterBase {
  /** Stars parse.ts blanked for Lezer (parse-respell.ts): the source offset of each operand to its
   * star's. */
  stars: ReadonlyMap<number, number> = new Map();
  /** Expressions parse.ts had Lezer parse on their own (parse-respell.ts), by placeholder offset. */
  overlays: ReadonlyMap<number, Overlay> = new Map();

  /**
   * @param chunk the text Lezer parsed (a slice of the source, in Python 2 mode with print statements
   *   rewritten as calls)
   * @param base offset of `chunk` in the (rewritten) text
   * @param inserts sorted offsets in the rewritten text of characters that are not in the source
   */
  constructor(
    protected readonly chunk: string,
    protected readonly map: SourceMap,
    protected readonly filename: string,
    protected readonly base: number,
    private readonly inserts: readonly number[],
  ) {}

  /** Text between two chunk offsets. */
  protected slice(from: number, to: number): string {
    return this.chunk.slice(from, to);
  }

  /** The source text between two chunk offsets. Literals are read from the source, not the chunk:
   * parse.ts may have respelled some for Lezer (see `lezerSpelling`). */
  protected sourceSlice(from: number, to: number): string {
    return this.map.text.slice(this.sourceOffset(from), this.sourceOffset(to));
  }

  /** The source text of a node. */
  protected sourceText(n: SyntaxNode): string {
    return this.sourceSlice(n.from, n.to);
  }

  /** Text of a node as Lezer read it. */
  protected text(n: SyntaxNode): string {
    return this.chunk.slice(n.from, n.to);
  }

  /** The source offset of a chunk offset. */
  sourceOffset(at: number): number {
    const abs = this.base + at;
    if (this.inserts.length === 0) return abs;
    let k = 0;
    while (k < this.inserts.length && this.inserts[k]! < abs) k++;
    return abs - k;
  }

  /** A position from chunk-relative offsets. */
  protected pos(from: number, to: number): A.Pos {
    return this.sourcePos(this.sourceOffset(from), this.sourceOffset(to));
  }

  /** A position from source offsets. */
  protected sourcePos(from: number, to: number): A.Pos {
    const map = this.map;
    const line = map.lineOf(from);
    const endLine = map.lineOf(to);
    return { line, col: map.colOf(line, from), endLine, endCol: map.colOf(endLine, to) };
  }

  /** The first non-blank character after chunk offset `to` on its line, or the line's end (where
   * CPython's parser stands after reading an atom, so where some of its errors point). */
  protected after(to: number): A.Pos {
    let k = to;
    while (this.chunk[k] === " " || this.chunk[k] === "\t") k++;
    return this.pos(k, k < this.chunk.length && this.chunk[k] !== "\n" ? k + 1 : k);
  }

  /** A span from the start of `a` to the end of `b`. */
  protected span(a: A.Pos, b: A.Pos): A.Pos {
    return { line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
  }

  /** The source offset of the blanked star before node n, if any. */
  protected starBefore(n: SyntaxNode): number | undefined {
    return this.stars.size === 0 ? undefined : this.stars.get(this.sourceOffset(n.from));
  }

  /** A SyntaxError at an AST node or a Lezer node. */
  error(msg: string, at: A.Pos | SyntaxNode): PySyntaxError {
    const p = "line" in at ? at : this.nodePos(at);
    return new PySyntaxError("SyntaxError", msg, this.filename, p.line, p.col, this.map.lineText(p.line), p.endLine, p.endCol);
  }

  /** An unsupported-construct error at a Lezer node. */
  unsupported(what: string, n: SyntaxNode): PyUnsupportedError {
    const p = this.nodePos(n);
    return new PyUnsupportedError(what, this.filename, p.line, p.col);
  }

  protected nodePos(n: SyntaxNode): A.Pos {
    return this.pos(n.from, n.to);
  }


  /** An identifier, NFKC-normalised as CPython does for non-ASCII names. */
  protected identifier(n: SyntaxNode): string {
    const t = this.sourceText(n);
    for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 0x7f) return t.normalize("NFKC");
    return t;
  }
}

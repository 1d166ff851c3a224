import type { SyntaxNode } from "@lezer/common";
import type * as A from "./ast.js";
import { PySyntaxError, PyUnsupportedError } from "./syntax-error.js";
import type { SourceMap } from "./source-map.js";
import { decodeEscapes, EscapeError, literalParts } from "./strings.js";
import { exprName } from "./targets.js";

/** The children of a Lezer node, in order, without comments (which Lezer keeps anywhere). */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.name !== "Comment") out.push(c);
  return out;
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

const BIN_OPS: Record<string, A.Operator> = {
  "+": "Add",
  "-": "Sub",
  "*": "Mult",
  "@": "MatMult",
  "/": "Div",
  "%": "Mod",
  "**": "Pow",
  "<<": "LShift",
  ">>": "RShift",
  "|": "BitOr",
  "^": "BitXor",
  "&": "BitAnd",
  "//": "FloorDiv",
};

const CMP_OPS: Record<string, A.CmpOp> = {
  "==": "Eq",
  "!=": "NotEq",
  "<": "Lt",
  "<=": "LtE",
  ">": "Gt",
  ">=": "GtE",
};

const CONVERSIONS: Record<string, number> = { s: 115, r: 114, a: 97 };

/**
 * Converts Lezer expression nodes of one chunk to our AST. `base` is the chunk's offset in the whole
 * source (Lezer positions are chunk-relative).
 */
export class ExprConverter {
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

  /** Source text of a node. */
  protected text(n: SyntaxNode): string {
    return this.chunk.slice(n.from, n.to);
  }

  /** The source offset of a chunk offset. */
  sourceOffset(at: number): number {
    const abs = this.base + at;
    let k = 0;
    while (k < this.inserts.length && this.inserts[k]! < abs) k++;
    return abs - k;
  }

  /** A position from chunk-relative offsets. */
  protected pos(from: number, to: number): A.Pos {
    const a = this.map.lineCol(this.sourceOffset(from));
    const b = this.map.lineCol(this.sourceOffset(to));
    return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
  }

  /** The zero-width position of the first non-blank character after chunk offset `to` on its line
   * (where CPython's parser stands after reading an atom, so where some of its errors point). */
  protected after(to: number): A.Pos {
    let k = to;
    while (this.chunk[k] === " " || this.chunk[k] === "\t") k++;
    return this.pos(k, k);
  }

  /** A span from the start of `a` to the end of `b`. */
  protected span(a: A.Pos, b: A.Pos): A.Pos {
    return { line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
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

  /** A comma-separated expression list (with optional `*x` items): a lone item, or a Tuple. */
  exprList(nodes: SyntaxNode[], ctx: A.ExprContext = "Load"): A.Expr {
    const { groups, comma } = splitCommas(nodes);
    const elts = groups.map((g) => this.starredOrExpr(g, ctx));
    if (!comma && elts.length === 1) return elts[0]!;
    return { kind: "Tuple", elts, ctx, ...this.pos(nodes[0]!.from, nodes[nodes.length - 1]!.to) };
  }

  /** `x` or `* x` as a child group. */
  protected starredOrExpr(group: SyntaxNode[], ctx: A.ExprContext): A.Expr {
    if (group.length === 2 && group[0]!.name === "*") {
      return { kind: "Starred", value: this.expr(group[1]!), ctx, ...this.pos(group[0]!.from, group[1]!.to) };
    }
    if (group.length !== 1) throw this.error("invalid syntax", group[0] ?? group[1]!);
    return this.expr(group[0]!);
  }

  /** Converts one expression node. */
  expr(n: SyntaxNode): A.Expr {
    const p = this.nodePos(n);
    switch (n.name) {
      case "VariableName":
        return { kind: "Name", id: this.identifier(n), ctx: "Load", ...p };
      case "Number":
        return { kind: "Constant", value: numberValue(this.text(n)), ...p };
      case "String":
      case "FormatString":
      case "ContinuedString":
        return this.strings(n);
      case "Boolean":
        return { kind: "Constant", value: { type: "bool", value: this.text(n) === "True" }, ...p };
      case "None":
        return { kind: "Constant", value: { type: "None" }, ...p };
      case "Ellipsis":
        return { kind: "Constant", value: { type: "Ellipsis" }, ...p };
      case "ParenthesizedExpression":
        return this.parenthesized(n);
      case "TupleExpression": {
        const inner = kids(n).slice(1, -1);
        if (inner.length === 0) return { kind: "Tuple", elts: [], ctx: "Load", ...p };
        const { groups } = splitCommas(inner);
        return { kind: "Tuple", elts: groups.map((g) => this.starredOrExpr(g, "Load")), ctx: "Load", ...p };
      }
      case "ArrayExpression": {
        const { groups } = splitCommas(kids(n).slice(1, -1));
        return { kind: "List", elts: groups.map((g) => this.starredOrExpr(g, "Load")), ctx: "Load", ...p };
      }
      case "SetExpression": {
        const { groups } = splitCommas(kids(n).slice(1, -1));
        return { kind: "Set", elts: groups.map((g) => this.starredOrExpr(g, "Load")), ...p };
      }
      case "DictionaryExpression":
        return this.dict(n, p);
      case "ComprehensionExpression":
      case "ArrayComprehensionExpression":
      case "SetComprehensionExpression":
      case "DictionaryComprehensionExpression":
        return this.comprehension(n.name, kids(n).slice(1, -1), p);
      case "CallExpression":
        return this.call(n, p);
      case "MemberExpression":
        return this.member(n, p);
      case "UnaryExpression":
        return this.unary(n, p);
      case "BinaryExpression":
        return this.binary(n);
      case "ConditionalExpression": {
        const [body, , test, , orelse] = kids(n);
        return { kind: "IfExp", test: this.expr(test!), body: this.expr(body!), orelse: this.expr(orelse!), ...p };
      }
      case "LambdaExpression": {
        const ch = kids(n);
        const params = ch.find((c) => c.name === "ParamList");
        const args = params ? this.params(params, kids(params), true) : this.noArgs(ch[0]!.to);
        return { kind: "Lambda", args, body: this.expr(ch[ch.length - 1]!), ...p };
      }
      case "NamedExpression": {
        const [target, , value] = kids(n);
        const t = this.expr(target!);
        if (t.kind !== "Name") throw this.error(`cannot use assignment expressions with ${exprName(t)}`, t);
        return { kind: "NamedExpr", target: { ...t, ctx: "Store" }, value: this.expr(value!), ...p };
      }
      case "YieldExpression":
        return this.yieldExpr(kids(n));
      case "AwaitExpression":
        return { kind: "Await", value: this.expr(kids(n)[1]!), ...p };
      default:
        throw this.error("invalid syntax", n);
    }
  }

  /** An identifier, NFKC-normalised as CPython does for non-ASCII names. */
  protected identifier(n: SyntaxNode): string {
    const t = this.text(n);
    return /^[\x00-\x7f]*$/.test(t) ? t : t.normalize("NFKC");
  }

  /** `yield`, `yield a, b` or `yield from x` from the children of a yield node. */
  protected yieldExpr(ch: SyntaxNode[]): A.Yield | A.YieldFrom {
    // A bare `yield` carries a zero-width error node in Lezer's tree (its grammar wants an operand).
    const rest = ch.slice(1).filter((c) => !c.type.isError);
    const p = this.pos(ch[0]!.from, rest.length > 0 ? rest[rest.length - 1]!.to : ch[0]!.to);
    if (rest[0]?.name === "from") return { kind: "YieldFrom", value: this.expr(rest[1]!), ...p };
    return { kind: "Yield", value: rest.length > 0 ? this.exprList(rest) : null, ...p };
  }

  protected parenthesized(n: SyntaxNode): A.Expr {
    const inner = kids(n).slice(1, -1);
    if (inner.length === 2 && inner[0]!.name === "*") {
      // `(*x)` is CPython's "cannot use starred expression here".
      throw this.error("cannot use starred expression here", this.pos(inner[0]!.from, inner[1]!.to));
    }
    // Parentheses do not change the inner node or its position, as in CPython.
    return this.expr(inner[0]!);
  }

  protected dict(n: SyntaxNode, p: A.Pos): A.Dict {
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    for (const g of splitCommas(kids(n).slice(1, -1)).groups) {
      if (g[0]!.name === "**") {
        keys.push(null);
        values.push(this.expr(g[1]!));
      } else {
        keys.push(this.expr(g[0]!));
        values.push(this.expr(g[2]!));
      }
    }
    return { kind: "Dict", keys, values, ...p };
  }

  /** Comprehensions of all four kinds, from the children between the brackets (or the arguments of a
   * call whose sole argument is a bare generator expression). */
  comprehension(name: string, ch: SyntaxNode[], p: A.Pos): A.Expr {
    const forAt = ch.findIndex((c) => c.name === "for" || c.name === "async");
    const head = ch.slice(0, forAt);
    const generators = this.compClauses(ch.slice(forAt));
    if (name === "DictionaryComprehensionExpression") {
      if (head[0]!.name === "**") {
        throw this.error("dict unpacking cannot be used in dict comprehension", this.pos(head[0]!.from, head[1]!.to));
      }
      return { kind: "DictComp", key: this.expr(head[0]!), value: this.expr(head[2]!), generators, ...p };
    }
    if (head[0]!.name === "*") {
      throw this.error("iterable unpacking cannot be used in comprehension", this.pos(head[0]!.from, head[1]!.to));
    }
    const elt = this.expr(head[0]!);
    const kind = name === "ArrayComprehensionExpression" ? "ListComp" : name === "SetComprehensionExpression" ? "SetComp" : "GeneratorExp";
    return { kind, elt, generators, ...p };
  }

  private compClauses(ch: SyntaxNode[]): A.Comprehension[] {
    const out: A.Comprehension[] = [];
    let i = 0;
    while (i < ch.length) {
      const start = ch[i]!;
      if (start.name === "async") throw this.unsupported("asynchronous comprehension", start);
      i++; // "for"
      const inAt = ch.findIndex((c, k) => k >= i && c.name === "in");
      const target = this.target(this.exprList(ch.slice(i, inAt), "Store"), "Store");
      const iter = this.expr(ch[inAt + 1]!);
      i = inAt + 2;
      const ifs: A.Expr[] = [];
      while (i < ch.length && ch[i]!.name === "if") {
        ifs.push(this.expr(ch[i + 1]!));
        i += 2;
      }
      const last = ifs.length > 0 ? ifs[ifs.length - 1]! : iter;
      out.push({ kind: "comprehension", target, iter, ifs, isAsync: false, ...this.span(this.nodePos(start), last) });
    }
    return out;
  }

  /** Sets the context of an assignment or deletion target, refusing what CPython refuses. The caller
   * words the error for statements (see targets.ts); here the plain "cannot assign to X" is used. */
  target(e: A.Expr, ctx: "Store" | "Del"): A.Expr {
    switch (e.kind) {
      case "Name":
      case "Attribute":
      case "Subscript":
        return { ...e, ctx };
      case "Tuple":
      case "List":
        return { ...e, ctx, elts: e.elts.map((x) => this.target(x, ctx)) };
      case "Starred":
        if (ctx === "Del") throw this.error("cannot delete starred", e);
        return { ...e, ctx, value: this.target(e.value, ctx) };
      default:
        throw this.error(`cannot ${ctx === "Del" ? "delete" : "assign to"} ${exprName(e)}`, e);
    }
  }

  protected call(n: SyntaxNode, p: A.Pos): A.Call {
    const [fn, argList] = kids(n);
    return { kind: "Call", func: this.expr(fn!), ...this.callArgs(argList!), ...p };
  }

  /** The arguments of an ArgList node (a call's, or a class header's). */
  protected callArgs(argList: SyntaxNode): { args: A.Expr[]; keywords: A.Keyword[] } {
    const inner = kids(argList).slice(1, -1);
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    const { groups } = splitCommas(inner);
    const genAt = groups.findIndex((g) => g.some((c) => c.name === "for"));
    if (genAt >= 0) {
      if (groups.length > 1) {
        const g = groups[genAt]!;
        throw this.error("Generator expression must be parenthesized", this.pos(g[0]!.from, g[g.length - 1]!.to));
      }
      // A sole bare generator argument spans the call's parentheses (CPython 3.11).
      args.push(this.comprehension("ComprehensionExpression", inner, this.nodePos(argList)));
      return { args, keywords };
    }
    let sawKeyword = false;
    let sawDoubleStar = false;
    const named = new Set<string>();
    for (const g of groups) {
      const a = g[0]!;
      if (a.name === "**") {
        sawDoubleStar = true;
        keywords.push({ kind: "keyword", arg: null, value: this.expr(g[1]!), ...this.pos(a.from, g[1]!.to) });
      } else if (g.length === 3 && g[1]!.name === "AssignOp" && this.text(g[1]!) === "=") {
        sawKeyword = true;
        const kp = this.pos(a.from, g[2]!.to);
        if (a.name !== "VariableName") throw this.error('expression cannot contain assignment, perhaps you meant "=="?', kp);
        const id = this.identifier(a);
        if (named.has(id)) throw this.error(`keyword argument repeated: ${id}`, kp);
        named.add(id);
        keywords.push({ kind: "keyword", arg: this.identifier(a), value: this.expr(g[2]!), ...kp });
      } else {
        const e = g.length === 3 ? this.namedArg(g) : this.starredOrExpr(g, "Load");
        if (e.kind === "Starred" ? sawDoubleStar : sawKeyword || sawDoubleStar) {
          const msg =
            e.kind === "Starred"
              ? "iterable argument unpacking follows keyword argument unpacking"
              : sawDoubleStar
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument";
          // CPython points just past the offending argument.
          const end = g[g.length - 1]!.to;
          throw this.error(msg, e.kind === "Starred" ? this.pos(g[0]!.from, g[0]!.to) : this.after(end));
        }
        args.push(e);
      }
    }
    return { args, keywords };
  }

  /** `f(x := 1)`: a walrus as a positional argument. */
  private namedArg(g: SyntaxNode[]): A.Expr {
    const t = this.expr(g[0]!);
    if (t.kind !== "Name") throw this.error(`cannot use assignment expressions with ${exprName(t)}`, t);
    return { kind: "NamedExpr", target: { ...t, ctx: "Store" }, value: this.expr(g[2]!), ...this.pos(g[0]!.from, g[2]!.to) };
  }

  protected member(n: SyntaxNode, p: A.Pos): A.Expr {
    const ch = kids(n);
    const value = this.expr(ch[0]!);
    if (ch[1]!.name === ".") {
      return { kind: "Attribute", value, attr: this.identifier(ch[2]!), ctx: "Load", ...p };
    }
    const inner = ch.slice(2, -1);
    const { groups, comma } = splitCommas(inner);
    const items = groups.map((g) => this.sliceItem(g));
    const slice: A.Expr =
      !comma && items.length === 1
        ? items[0]!
        : { kind: "Tuple", elts: items, ctx: "Load", ...this.pos(inner[0]!.from, inner[inner.length - 1]!.to) };
    return { kind: "Subscript", value, slice, ctx: "Load", ...p };
  }

  private sliceItem(g: SyntaxNode[]): A.Expr {
    if (!g.some((c) => c.name === ":")) return g.length === 2 && g[0]!.name === "*" ? this.starredOrExpr(g, "Load") : this.expr(g[0]!);
    const parts: (A.Expr | null)[] = [null, null, null];
    let k = 0;
    for (const c of g) {
      if (c.name === ":") k++;
      else parts[k] = this.expr(c);
    }
    return { kind: "Slice", lower: parts[0]!, upper: parts[1]!, step: parts[2]!, ...this.pos(g[0]!.from, g[g.length - 1]!.to) };
  }

  protected unary(n: SyntaxNode, p: A.Pos): A.Expr {
    const [opNode, operand] = kids(n);
    const t = this.text(opNode!);
    const op = t === "not" ? "Not" : t === "~" ? "Invert" : t === "+" ? "UAdd" : "USub";
    const value = this.expr(operand!);
    if (op === "Not") return this.pushNot(value, this.nodePos(operand!), p);
    return { kind: "UnaryOp", op, operand: value, ...p };
  }

  /**
   * Lezer's grammar gives `not` no precedence, so `not a and b` arrives as `not (a and b)`. Python's
   * `not` binds tighter than `and`/`or`: push it down to the leftmost operand of an unparenthesised
   * boolean run (one that starts where the operand does; parentheses would start it later).
   */
  private pushNot(value: A.Expr, operandAt: A.Pos, p: A.Pos): A.Expr {
    const starts = (e: A.Expr) => e.line === operandAt.line && e.col === operandAt.col;
    if (value.kind === "BoolOp" && starts(value)) {
      const first = this.pushNot(value.values[0]!, operandAt, p);
      return { ...value, values: [first, ...value.values.slice(1)], line: p.line, col: p.col };
    }
    return { kind: "UnaryOp", op: "Not", operand: value, ...p, endLine: value.endLine, endCol: value.endCol };
  }

  /** Binary operators, boolean operators (runs flattened into one BoolOp) and comparison chains
   * (flattened into one Compare), as CPython's grammar builds them. */
  protected binary(n: SyntaxNode): A.Expr {
    const ch = kids(n);
    const left = ch[0]!;
    const opName = ch[1]!.name;
    const p = this.nodePos(n);
    if (opName === "and" || opName === "or") {
      const op = opName === "and" ? "And" : "Or";
      const values: A.Expr[] = [];
      // Left operands of the same operator nest to the left; collect them into one run.
      const lhs = left.name === "BinaryExpression" && kids(left)[1]!.name === opName ? this.binary(left) : this.expr(left);
      if (lhs.kind === "BoolOp" && lhs.op === op && left.name === "BinaryExpression") values.push(...lhs.values);
      else values.push(lhs);
      values.push(this.expr(ch[2]!));
      return { kind: "BoolOp", op, values, ...p };
    }
    const cmp = this.cmpOp(ch);
    if (cmp) {
      const right = this.expr(ch[ch.length - 1]!);
      if (left.name === "BinaryExpression" && this.cmpOp(kids(left))) {
        const l = this.binary(left) as A.Compare;
        return { ...l, ops: [...l.ops, cmp], comparators: [...l.comparators, right], ...p };
      }
      return { kind: "Compare", left: this.expr(left), ops: [cmp], comparators: [right], ...p };
    }
    const op = BIN_OPS[this.text(ch[1]!)];
    if (!op) throw this.error("invalid syntax", ch[1]!);
    return { kind: "BinOp", left: this.expr(left), op, right: this.expr(ch[2]!), ...p };
  }

  private cmpOp(ch: SyntaxNode[]): A.CmpOp | null {
    const o = ch[1]!;
    if (o.name === "CompareOp") {
      const t = this.text(o);
      if (t === "<>") throw this.error("invalid syntax", o);
      return CMP_OPS[t]!;
    }
    if (o.name === "in") return "In";
    if (o.name === "not") return "NotIn";
    if (o.name === "is") return ch[2]!.name === "not" ? "IsNot" : "Is";
    return null;
  }

  /** A signature from the children of a ParamList (between the parentheses for `def`). */
  params(list: SyntaxNode, all: SyntaxNode[], lambda: boolean): A.Arguments {
    const inner = lambda ? all : all.slice(1, -1);
    const posonly: A.Arg[] = [];
    const args: A.Arg[] = [];
    const defaults: A.Expr[] = [];
    const kwonly: A.Arg[] = [];
    const kwDefaults: (A.Expr | null)[] = [];
    let vararg: A.Arg | null = null;
    let kwarg: A.Arg | null = null;
    let star = false;
    let bareStar: SyntaxNode | null = null;
    let prevEnd = lambda ? list.from : all[0]!.to;
    const seen = new Set<string>();
    const mkArg = (nameNode: SyntaxNode, ann: SyntaxNode | undefined): A.Arg => {
      const name = this.identifier(nameNode);
      const annotation = ann ? this.expr(kids(ann)[1]!) : null;
      const a: A.Arg = { kind: "arg", arg: name, annotation, ...this.pos(nameNode.from, ann ? ann.to : nameNode.to) };
      if (seen.has(name)) throw this.error(`duplicate argument '${name}' in function definition`, a);
      seen.add(name);
      return a;
    };
    const segments: SyntaxNode[][] = [];
    let cur: SyntaxNode[] = [];
    const slashAt: number[] = [];
    for (const c of [...inner, null]) {
      if (c === null || c.name === ",") {
        // "/" is an anonymous token in Lezer's grammar: find it in the text between commas.
        const end = c ? c.from : lambda ? list.to : all[all.length - 1]!.from;
        if (cur.length === 0 && /^\s*\/\s*$/.test(this.slice(prevEnd, end))) slashAt.push(segments.length);
        else if (cur.length > 0 || c) segments.push(cur);
        cur = [];
        if (c) prevEnd = c.to;
      } else cur.push(c);
    }
    if (slashAt.length > 1) throw this.error("/ may appear only once", list);
    let afterDefault = false;
    segments.forEach((seg, idx) => {
      if (seg.length === 0) return;
      const head = seg[0]!;
      if (head.name === "*" || head.name === "**") {
        const nameNode = seg[1];
        if (head.name === "**") {
          kwarg = mkArg(nameNode!, seg[2]?.name === "TypeDef" ? seg[2] : undefined);
        } else {
          if (star) throw this.error("* argument may appear only once", head);
          star = true;
          if (nameNode) vararg = mkArg(nameNode, seg[2]?.name === "TypeDef" ? seg[2] : undefined);
          else bareStar = head;
        }
        return;
      }
      const ann = seg[1]?.name === "TypeDef" ? seg[1] : undefined;
      const a = mkArg(head, ann);
      const eq = seg.findIndex((c) => c.name === "AssignOp");
      const dflt = eq >= 0 ? this.expr(seg[eq + 1]!) : null;
      if (star) {
        kwonly.push(a);
        kwDefaults.push(dflt);
        return;
      }
      if (dflt) {
        afterDefault = true;
        defaults.push(dflt);
      } else if (afterDefault) {
        throw this.error("non-default argument follows default argument", a);
      }
      if (slashAt.length > 0 && idx < slashAt[0]!) posonly.push(a);
      else args.push(a);
    });
    if (star && vararg === null && kwonly.length === 0) {
      throw this.error("named arguments must follow bare *", (bareStar as SyntaxNode | null) ?? list);
    }
    const p = inner.length > 0 ? this.pos(inner[0]!.from, inner[inner.length - 1]!.to) : this.pos(list.from, list.from);
    return { kind: "arguments", posonlyargs: posonly, args, vararg, kwonlyargs: kwonly, kwDefaults, kwarg, defaults, ...p };
  }

  protected noArgs(at: number): A.Arguments {
    return {
      kind: "arguments",
      posonlyargs: [],
      args: [],
      vararg: null,
      kwonlyargs: [],
      kwDefaults: [],
      kwarg: null,
      defaults: [],
      ...this.pos(at, at),
    };
  }

  /** String, FormatString or ContinuedString: adjacent literals concatenated into one Constant, or a
   * JoinedStr when any part is an f-string. */
  protected strings(n: SyntaxNode): A.Expr {
    const parts = n.name === "ContinuedString" ? kids(n) : [n];
    const p = this.nodePos(n);
    let bytes: boolean | null = null;
    const values: (A.Constant | A.FormattedValue)[] = [];
    let anyFormat = false;
    let buf = "";
    // A JoinedStr's Constant parts carry the whole literal's position, as in CPython 3.11.
    const flush = () => {
      if (buf !== "") values.push({ kind: "Constant", value: { type: "str", value: buf }, ...p });
      buf = "";
    };
    for (const part of parts) {
      const text = this.text(part);
      const lp = literalParts(text);
      if (bytes !== null && bytes !== lp.bytes) throw this.error("cannot mix bytes and nonbytes literals", this.after(n.to));
      bytes = lp.bytes;
      if (part.name === "FormatString") {
        anyFormat = true;
        this.fstring(part, lp.raw, lp.bodyStart, lp.bodyEnd, (s) => {
          buf += s;
        }, (fv) => {
          flush();
          values.push(fv);
        });
      } else {
        buf += this.decode(text.slice(lp.bodyStart, lp.bodyEnd), lp.raw, lp.bytes, part);
      }
    }
    if (bytes) {
      if (/[^\x00-\x7f]/.test(parts.map((x) => this.text(x)).join(""))) {
        throw this.error("bytes can only contain ASCII literal characters", p);
      }
      return { kind: "Constant", value: { type: "bytes", value: Uint8Array.from(buf, (c) => c.charCodeAt(0)) }, ...p };
    }
    if (!anyFormat) return { kind: "Constant", value: { type: "str", value: buf }, ...p };
    flush();
    return { kind: "JoinedStr", values, ...p };
  }

  private decode(body: string, raw: boolean, bytes: boolean, node: SyntaxNode): string {
    if (raw) return body;
    try {
      return decodeEscapes(body, bytes);
    } catch (e) {
      if (e instanceof EscapeError) {
        if (e.message.startsWith("\\N")) throw this.unsupported("\\N{...} escape", node);
        throw this.error(e.message, this.after(this.stringEnd(node)));
      }
      throw e;
    }
  }

  /** The end of the whole (possibly concatenated) string literal holding `part`. */
  private stringEnd(part: SyntaxNode): number {
    return part.parent?.name === "ContinuedString" ? part.parent.to : part.to;
  }

  /** Walks one f-string: literal runs go to `lit`, replacement fields to `field`. */
  private fstring(
    part: SyntaxNode,
    raw: boolean,
    bodyStart: number,
    bodyEnd: number,
    lit: (s: string) => void,
    field: (fv: A.FormattedValue) => void,
  ): void {
    let at = part.from + bodyStart;
    const literal = (from: number, to: number) => {
      if (to <= from) return;
      lit(this.decode(this.unbrace(this.slice(from, to), part), raw, false, part));
    };
    for (const r of kids(part)) {
      if (r.name !== "FormatReplacement") continue;
      literal(at, r.from);
      this.replacement(r, part, lit, field);
      at = r.to;
    }
    literal(at, part.from + bodyEnd);
  }

  /** Undoubles `{{` and `}}` in an f-string's literal text; a lone `}` is an error. */
  private unbrace(s: string, part: SyntaxNode): string {
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if ((c === "{" || c === "}") && s[i + 1] === c) i++;
      else if (c === "}") throw this.error("f-string: single '}' is not allowed", this.after(this.stringEnd(part)));
      out += c;
    }
    return out;
  }

  /** One `{...}` field; a `{x=}` field first emits its source text "x=" as literal text. */
  private replacement(r: SyntaxNode, part: SyntaxNode, lit: (s: string) => void, field: (fv: A.FormattedValue) => void): void {
    const ch = kids(r);
    const exprNodes: SyntaxNode[] = [];
    let conversion = -1;
    let spec: A.JoinedStr | null = null;
    let selfDoc: SyntaxNode | null = null;
    for (const c of ch.slice(1)) {
      if (c.name === "FormatSelfDoc") selfDoc = c;
      else if (c.name === "FormatConversion") conversion = CONVERSIONS[this.text(c)[1]!]!;
      else if (c.name === "FormatSpec") spec = this.formatSpec(c, part);
      else if (c.name !== "}") exprNodes.push(c);
    }
    if (exprNodes.length === 0) throw this.error("f-string: empty expression not allowed", this.nodePos(part));
    const value = exprNodes[0]!.name === "YieldExpression" ? this.expr(exprNodes[0]!) : this.exprList(exprNodes);
    if (selfDoc) {
      // The literal text runs up to the conversion, the spec or the closing brace, spaces included.
      const after = selfDoc.nextSibling;
      lit(this.slice(ch[0]!.to, after ? after.from : selfDoc.to));
      if (conversion === -1 && spec === null) conversion = CONVERSIONS.r!;
    }
    field({ kind: "FormattedValue", value, conversion, formatSpec: spec, ...this.nodePos(part) });
  }

  private formatSpec(spec: SyntaxNode, part: SyntaxNode): A.JoinedStr {
    const values: (A.Constant | A.FormattedValue)[] = [];
    let at = spec.from + 1;
    const p = this.nodePos(part);
    const lit = (s: string) => {
      const last = values[values.length - 1];
      if (last?.kind === "Constant" && last.value.type === "str") last.value = { type: "str", value: last.value.value + s };
      else if (s !== "") values.push({ kind: "Constant", value: { type: "str", value: s }, ...p });
    };
    for (const c of kids(spec)) {
      if (c.name !== "FormatReplacement") continue;
      lit(this.slice(at, c.from));
      this.replacement(c, part, lit, (fv) => values.push(fv));
      at = c.to;
    }
    lit(this.slice(at, spec.to));
    return { kind: "JoinedStr", values, ...p };
  }
}

/** The value of a Number token (its underscores are already validated by the tokenizer). */
export function numberValue(text: string): A.ConstValue {
  const t = text.replace(/_/g, "");
  const lower = t.toLowerCase();
  if (lower.endsWith("j")) return { type: "complex", imag: Number(t.slice(0, -1)), text };
  if (/^0[box]/.test(lower)) return { type: "int", value: BigInt(lower), text };
  if (/[.e]/.test(lower)) return { type: "float", value: Number(t), text };
  return { type: "int", value: BigInt(t), text };
}

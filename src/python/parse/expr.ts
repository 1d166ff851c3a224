import type { SyntaxNode } from "@lezer/common";
import type * as A from "../ast.js";
import { kids, splitCommas } from "./base.js";
import { LiteralConverter } from "./literals.js";
import { exprName } from "./targets.js";

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

/**
 * Converts Lezer expression nodes of one chunk to our AST.
 */
export class ExprConverter extends LiteralConverter {
  /** A comma-separated expression list (with optional `*x` items): a lone item, or a Tuple. */
  exprList(nodes: SyntaxNode[], ctx: A.ExprContext = "Load"): A.Expr {
    // Most lists are one expression: what splitting it at commas would give, without the arrays.
    if (nodes.length === 1 && nodes[0]!.name !== ",") return this.starredOrExpr(nodes, ctx);
    const { groups, comma } = splitCommas(nodes);
    const elts = groups.map((g) => this.starredOrExpr(g, ctx));
    if (!comma && elts.length === 1) return elts[0]!;
    const p = this.pos(nodes[0]!.from, nodes[nodes.length - 1]!.to);
    return { kind: "Tuple", elts, ctx, ...this.span(elts[0]!.kind === "Starred" ? elts[0]! : p, p) };
  }

  /** `x` or `* x` as a child group. */
  protected starredOrExpr(group: SyntaxNode[], ctx: A.ExprContext): A.Expr {
    if (group.length === 2 && group[0]!.name === "*") {
      return { kind: "Starred", value: this.expr(group[1]!), ctx, ...this.pos(group[0]!.from, group[1]!.to) };
    }
    if (group.length !== 1) throw this.error("invalid syntax", group[0] ?? group[1]!);
    const star = this.starBefore(group[0]!);
    if (star !== undefined) {
      const value = this.expr(group[0]!);
      return { kind: "Starred", value, ctx, ...this.span(this.sourcePos(star, star + 1), value) };
    }
    return this.expr(group[0]!);
  }

  /** Converts one expression node. */
  expr(n: SyntaxNode): A.Expr {
    const p = this.nodePos(n);
    switch (n.name) {
      case "VariableName":
        return { kind: "Name", id: this.identifier(n), ctx: "Load", line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      case "Number":
        return this.number(n);
      case "String":
      case "FormatString":
      case "ContinuedString":
        return this.strings(n);
      case "Boolean":
        return { kind: "Constant", value: { type: "bool", value: this.text(n) === "True" }, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      case "None":
        return { kind: "Constant", value: { type: "None" }, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      case "Ellipsis":
        return { kind: "Constant", value: { type: "Ellipsis" }, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      case "ParenthesizedExpression":
        return this.parenthesized(n);
      case "TupleExpression": {
        const inner = kids(n).slice(1, -1);
        if (inner.length === 0) return { kind: "Tuple", elts: [], ctx: "Load", line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
        const { groups } = splitCommas(inner);
        return { kind: "Tuple", elts: groups.map((g) => this.starredOrExpr(g, "Load")), ctx: "Load", line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      }
      case "ArrayExpression": {
        const { groups } = splitCommas(kids(n).slice(1, -1));
        return { kind: "List", elts: groups.map((g) => this.starredOrExpr(g, "Load")), ctx: "Load", line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      }
      case "SetExpression": {
        const { groups } = splitCommas(kids(n).slice(1, -1));
        return { kind: "Set", elts: groups.map((g) => this.starredOrExpr(g, "Load")), line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
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
        return { kind: "IfExp", test: this.expr(test!), body: this.expr(body!), orelse: this.expr(orelse!), line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      }
      case "LambdaExpression": {
        const ch = kids(n);
        const params = ch.find((c) => c.name === "ParamList");
        const args = params ? this.params(params, kids(params), true) : this.noArgs(ch[0]!.to);
        return { kind: "Lambda", args, body: this.expr(ch[ch.length - 1]!), line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      }
      case "NamedExpression": {
        const [target, , value] = kids(n);
        const t = this.expr(target!);
        if (t.kind !== "Name") throw this.error(`cannot use assignment expressions with ${exprName(t)}`, t);
        return { kind: "NamedExpr", target: { ...t, ctx: "Store" }, value: this.expr(value!), line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      }
      case "YieldExpression":
        return this.yieldExpr(kids(n));
      case "AwaitExpression":
        return { kind: "Await", value: this.expr(kids(n)[1]!), line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      default:
        throw this.error("invalid syntax", n);
    }
  }


  /** `yield`, `yield a, b` or `yield from x` from the children of a yield node. */
  protected yieldExpr(ch: SyntaxNode[]): A.Yield | A.YieldFrom {
    // A bare `yield` carries a zero-width error node in Lezer's tree (its grammar wants an operand).
    const rest = ch.slice(1).filter((c) => !c.type.isError);
    const p = this.pos(ch[0]!.from, rest.length > 0 ? rest[rest.length - 1]!.to : ch[0]!.to);
    if (rest[0]?.name === "from") return { kind: "YieldFrom", value: this.expr(rest[1]!), line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
    return { kind: "Yield", value: rest.length > 0 ? this.exprList(rest) : null, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
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
    return { kind: "Dict", keys, values, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
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
      return { kind: "DictComp", key: this.expr(head[0]!), value: this.expr(head[2]!), generators, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
    }
    if (head[0]!.name === "*") {
      throw this.error("iterable unpacking cannot be used in comprehension", this.pos(head[0]!.from, head[1]!.to));
    }
    const elt = this.expr(head[0]!);
    const kind = name === "ArrayComprehensionExpression" ? "ListComp" : name === "SetComprehensionExpression" ? "SetComp" : "GeneratorExp";
    return { kind, elt, generators, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
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
    // `e` was just converted and is referenced nowhere else: its context is set in place (a spread
    // copy cost a slow generic clone per target once the sites saw many node shapes).
    switch (e.kind) {
      case "Name":
      case "Attribute":
      case "Subscript":
        e.ctx = ctx;
        return e;
      case "Tuple":
      case "List": {
        const elts = e.elts.map((x) => this.target(x, ctx));
        e.ctx = ctx;
        e.elts = elts;
        return e;
      }
      case "Starred": {
        if (ctx === "Del") throw this.error("cannot delete starred", e);
        const value = this.target(e.value, ctx);
        e.ctx = ctx;
        e.value = value;
        return e;
      }
      default:
        throw this.error(`cannot ${ctx === "Del" ? "delete" : "assign to"} ${exprName(e)}`, e);
    }
  }

  protected call(n: SyntaxNode, p: A.Pos): A.Call {
    const [fn, argList] = kids(n);
    const func = this.expr(fn!);
    const { args, keywords } = this.callArgs(argList!);
    return { kind: "Call", func, args, keywords, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
  }

  /** The arguments of an ArgList node (a call's, or a class header's). */
  protected callArgs(argList: SyntaxNode): { args: A.Expr[]; keywords: A.Keyword[] } {
    const inner = kids(argList).slice(1, -1);
    if (inner.some((c) => c.name === "for")) {
      // A bare generator argument: commas between a `for` and its `in` are its targets'; any other
      // comma means more arguments, which CPython refuses.
      const parts: SyntaxNode[][] = [[]];
      let inTarget = false;
      for (const c of inner) {
        if (c.name === "for") inTarget = true;
        else if (c.name === "in") inTarget = false;
        if (c.name === "," && !inTarget) parts.push([]);
        else parts[parts.length - 1]!.push(c);
      }
      if (parts.length > 1) {
        const g = parts.find((x) => x.some((c) => c.name === "for"))!;
        throw this.error("Generator expression must be parenthesized", this.pos(g[0]!.from, g[g.length - 1]!.to));
      }
      // A sole bare generator argument spans the call's parentheses (CPython 3.11).
      return { args: [this.comprehension("ComprehensionExpression", inner, this.nodePos(argList))], keywords: [] };
    }
    const { groups } = splitCommas(inner);
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    // Keyword names seen so far: most calls have none or a few (a list), some have hundreds (a set).
    const named: string[] = [];
    let namedSet: Set<string> | null = null;
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
        if (namedSet ? namedSet.has(id) : named.includes(id)) throw this.error(`keyword argument repeated: ${id}`, kp);
        if (namedSet) namedSet.add(id);
        else if (named.push(id) > 16) namedSet = new Set(named);
        keywords.push({ kind: "keyword", arg: this.identifier(a), value: this.expr(g[2]!), line: kp.line, col: kp.col, endLine: kp.endLine, endCol: kp.endCol });
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
      return { kind: "Attribute", value, attr: this.identifier(ch[2]!), ctx: "Load", line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
    }
    const inner = ch.slice(2, -1);
    const { groups, comma } = splitCommas(inner);
    const items = groups.map((g) => this.sliceItem(g));
    // `a[*b]` is a one-item tuple (PEP 646).
    const at = this.pos(inner[0]!.from, inner[inner.length - 1]!.to);
    const slice: A.Expr =
      !comma && items.length === 1 && items[0]!.kind !== "Starred"
        ? items[0]!
        : { kind: "Tuple", elts: items, ctx: "Load", ...this.span(items[0]!.kind === "Starred" ? items[0]! : at, at) };
    return { kind: "Subscript", value, slice, ctx: "Load", line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
  }

  private sliceItem(g: SyntaxNode[]): A.Expr {
    const colon = g.find((c) => c.name === ":");
    if (!colon) return g.length === 2 && g[0]!.name === "*" ? this.starredOrExpr(g, "Load") : this.starredOrExpr([g[0]!], "Load");
    // A slice cannot be unpacked; CPython stops at its colon.
    if (this.starBefore(g[0]!) !== undefined) throw this.error("invalid syntax", colon);
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
    if (t === "not") return this.boolean(n);
    const op = t === "~" ? "Invert" : t === "+" ? "UAdd" : "USub";
    return { kind: "UnaryOp", op, operand: this.expr(operand!), line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
  }

  /**
   * A run of `and`, `or` and `not`. Lezer's grammar gives `not` no precedence, so `not a and b` arrives
   * as `not (a and b)`: the run is flattened and rebuilt with Python's precedence (`not` over `and`
   * over `or`), each `and`/`or` run as one BoolOp. Spans come from Lezer nodes, so they include the
   * parentheses of a parenthesised first or last operand, as CPython's do.
   */
  private boolean(n: SyntaxNode): A.Expr {
    type Item = SyntaxNode | "and" | "or" | { not: SyntaxNode };
    const items: Item[] = [];
    const flatten = (x: SyntaxNode): void => {
      const ch = x.name === "BinaryExpression" || x.name === "UnaryExpression" ? kids(x) : [];
      const op = ch[1]?.name;
      if (x.name === "BinaryExpression" && (op === "and" || op === "or")) {
        flatten(ch[0]!);
        items.push(op);
        flatten(ch[2]!);
      } else if (x.name === "UnaryExpression" && ch[0]!.name === "not") {
        items.push({ not: ch[0]! });
        flatten(ch[1]!);
      } else items.push(x);
    };
    flatten(n);
    type Built = { e: A.Expr; from: number; to: number };
    let i = 0;
    const run = (op: "and" | "or", next: () => Built): Built => {
      const parts = [next()];
      while (items[i] === op) {
        i++;
        parts.push(next());
      }
      if (parts.length === 1) return parts[0]!;
      const from = parts[0]!.from;
      const to = parts[parts.length - 1]!.to;
      const values = parts.map((x) => x.e);
      return { e: { kind: "BoolOp", op: op === "and" ? "And" : "Or", values, ...this.pos(from, to) }, from, to };
    };
    const not = (): Built => {
      const it = items[i++]!;
      if (typeof it === "object" && "not" in it) {
        const operand = not();
        return { e: { kind: "UnaryOp", op: "Not", operand: operand.e, ...this.pos(it.not.from, operand.to) }, from: it.not.from, to: operand.to };
      }
      const node = it as SyntaxNode;
      return { e: this.expr(node), from: node.from, to: node.to };
    };
    return run("or", () => run("and", not)).e;
  }

  /** Binary operators and comparison chains (flattened into one Compare), as CPython's grammar
   * builds them; boolean runs go to `boolean`. */
  protected binary(n: SyntaxNode): A.Expr {
    const ch = kids(n);
    const left = ch[0]!;
    const opName = ch[1]!.name;
    const p = this.nodePos(n);
    if (opName === "and" || opName === "or") return this.boolean(n);
    const cmp = this.cmpOp(ch);
    if (cmp) {
      const right = this.expr(ch[ch.length - 1]!);
      if (left.name === "BinaryExpression" && this.cmpOp(kids(left))) {
        const l = this.binary(left) as A.Compare;
        return { ...l, ops: [...l.ops, cmp], comparators: [...l.comparators, right], line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      }
      return { kind: "Compare", left: this.expr(left), ops: [cmp], comparators: [right], line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
    }
    const op = BIN_OPS[this.text(ch[1]!)];
    if (!op) throw this.error("invalid syntax", ch[1]!);
    return { kind: "BinOp", left: this.expr(left), op, right: this.expr(ch[2]!), line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
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
    const slashPos: A.Pos[] = [];
    const slashComma: boolean[] = [];
    for (const c of [...inner, null]) {
      if (c === null || c.name === ",") {
        // "/" is an anonymous token in Lezer's grammar: find it in the text between commas. In a
        // lambda, which Lezer's grammar gives no "/", parse.ts respelled it as a bare "*".
        const end = c ? c.from : lambda ? list.to : all[all.length - 1]!.from;
        const between = this.sourceSlice(prevEnd, end);
        const respelled = cur.length === 1 && cur[0]!.name === "*" && this.sourceText(cur[0]!) === "/";
        if ((cur.length === 0 || respelled) && /^\s*\/\s*$/.test(between)) {
          slashAt.push(segments.length);
          slashComma.push(c !== null);
          const at = this.sourceOffset(prevEnd) + between.indexOf("/");
          slashPos.push(this.sourcePos(at, at + 1));
        }
        else if (cur.length > 0 || c) segments.push(cur);
        cur = [];
        if (c) prevEnd = c.to;
      } else cur.push(c);
    }
    if (slashAt.length > 1) throw this.error("/ may appear only once", slashPos[1]!);
    // CPython's invalid_parameters rule wants a comma after a leading "/"; without one it is plain
    // invalid syntax.
    if (slashAt[0] === 0) throw this.error(slashComma[0] ? "at least one argument must precede /" : "invalid syntax", slashPos[0]!);
    let afterDefault = false;
    segments.forEach((seg, idx) => {
      if (seg.length === 0) return;
      const head = seg[0]!;
      if (kwarg) throw this.error("arguments cannot follow var-keyword argument", head);
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
    return { kind: "arguments", posonlyargs: posonly, args, vararg, kwonlyargs: kwonly, kwDefaults, kwarg, defaults, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
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

}

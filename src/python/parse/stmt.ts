import type { SyntaxNode } from "@lezer/common";
import type * as A from "../ast.js";
import { kids, splitCommas } from "./base.js";
import { ExprConverter } from "./expr.js";
import { exprName, invalidTarget } from "./targets.js";

/** Keywords that open a compound statement, and how CPython names each in "expected an indented block
 * after ..." (Grammar/python.gram, the invalid_*_stmt rules). */
export const BLOCK_NAMES: Record<string, string> = {
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  while: "'while' statement",
  for: "'for' statement",
  try: "'try' statement",
  except: "'except' statement",
  finally: "'finally' statement",
  with: "'with' statement",
  def: "function definition",
  class: "class definition",
};

/**
 * Converts Lezer statement nodes to our AST, refusing what CPython's parser refuses beyond Lezer's
 * grammar (invalid targets, misplaced starred expressions, Python 2 forms in Python 3 mode).
 */
export class StmtConverter extends ExprConverter {
  /** Python 2 mode: the print statements found by py2.ts, keyed by their source offset (null in
   * Python 3 mode). Python 2 mode also reads `except E, name:`. */
  print2: Map<number, { dest: boolean; nl: boolean }> | null = null;

  /** The expression parsed on its own for the placeholder name `n`, if it is one. */
  private overlaid(n: SyntaxNode): A.Expr | null {
    const o = this.overlays.size === 0 || n.name !== "VariableName" ? undefined : this.overlays.get(this.sourceOffset(n.from));
    if (!o) return null;
    const sub = new StmtConverter(o.chunk, this.map, this.filename, o.base, []);
    sub.stars = this.stars;
    sub.overlays = this.overlays;
    return sub.expr(o.node);
  }

  /** Converts the children of a Script or Body node (skipping ":" and bracket leaves). */
  block(nodes: SyntaxNode[]): A.Stmt[] {
    const out: A.Stmt[] = [];
    for (const n of nodes) {
      if (n.name === ":") continue;
      if (n.name === "StatementGroup") {
        let prev = "";
        for (const c of kids(n)) {
          if (c.name === ";" && prev === ";") throw this.error("invalid syntax", c);
          if (c.name !== ";") out.push(this.stmt(c));
          prev = c.name;
        }
      } else out.push(this.stmt(n));
    }
    return out;
  }

  private body(n: SyntaxNode): A.Stmt[] {
    return this.block(kids(n));
  }

  /** One statement; the position spans to the end of its last child statement for compound ones. */
  stmt(n: SyntaxNode): A.Stmt {
    const ch = kids(n);
    const p = this.nodePos(n);
    switch (n.name) {
      case "ExpressionStatement":
        return this.exprStatement(n, ch, p);
      case "AssignStatement":
        return this.assign(ch, p);
      case "UpdateStatement":
        return this.augAssign(ch, p);
      case "PassStatement":
        return { kind: "Pass", line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      case "BreakStatement":
        return { kind: "Break", line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      case "ContinueStatement":
        return { kind: "Continue", line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      case "ReturnStatement":
        return { kind: "Return", value: ch.length > 1 ? this.exprList(ch.slice(1)) : null, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      case "YieldStatement": {
        // Lezer's statement node may run over a trailing comment after a bare `yield`.
        const value = this.yieldExpr(ch);
        return { kind: "Expr", value, ...this.span(value, value) };
      }
      case "DeleteStatement": {
        const { groups } = splitCommas(ch.slice(1));
        const targets = groups.map((g) => this.starredOrExpr(g, "Load")).map((t) => {
          const bad = invalidTarget(t, true);
          if (bad) throw this.error(`cannot delete ${exprName(bad)}`, bad);
          return this.target(t, "Del");
        });
        return { kind: "Delete", targets, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      }
      case "RaiseStatement": {
        const fromAt = ch.findIndex((c) => c.name === "from");
        if (ch.some((c) => c.name === ",")) throw this.error("invalid syntax", ch.find((c) => c.name === ",")!);
        const exc = ch.length > 1 ? this.expr(ch[1]!) : null;
        return { kind: "Raise", exc, cause: fromAt > 0 ? this.expr(ch[fromAt + 1]!) : null, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      }
      case "AssertStatement": {
        const { groups, comma } = splitCommas(ch.slice(1));
        if (groups.length > 2 || (comma && groups.length < 2)) throw this.error("invalid syntax", ch[ch.length - 1]!);
        return { kind: "Assert", test: this.expr(groups[0]![0]!), msg: groups[1] ? this.expr(groups[1][0]!) : null, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      }
      case "ScopeStatement": {
        const names = ch.filter((c) => c.name === "VariableName").map((c) => this.identifier(c));
        return { kind: ch[0]!.name === "global" ? "Global" : "Nonlocal", names, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
      }
      case "ImportStatement":
        return this.importStmt(ch, p);
      case "IfStatement":
        return this.ifStmt(ch, 0);
      case "WhileStatement": {
        const [, test, body, , orelse] = ch;
        return this.compound({ kind: "While", test: this.expr(test!), body: this.body(body!), orelse: orelse ? this.body(orelse) : [] }, p);
      }
      case "ForStatement":
        return this.forStmt(ch, p);
      case "TryStatement":
        return this.tryStmt(ch, p);
      case "WithStatement":
        return this.withStmt(ch, p);
      case "FunctionDefinition":
        return this.funcDef(ch, p, []);
      case "ClassDefinition":
        return this.classDef(ch, p, []);
      case "DecoratedStatement":
        return this.decorated(ch);
      case "MatchStatement":
        throw this.unsupported("the match statement", n);
      case "TypeDefinition":
        throw this.error("invalid syntax", ch[1] ?? n);
      default:
        throw this.error("invalid syntax", n);
    }
  }

  /** Gives a compound statement CPython's end: that of its last nested statement. */
  private compound<T extends { kind: string }>(s: T, p: A.Pos): T & A.Pos {
    const last = lastStmt(s as unknown as A.Stmt);
    // `s` is a literal made for this call: the position is added in place, after its other keys as a
    // spread copy would put it, without the copy's slow generic clone.
    const out = s as T & A.Pos;
    out.line = p.line;
    out.col = p.col;
    out.endLine = last ? last.endLine : p.endLine;
    out.endCol = last ? last.endCol : p.endCol;
    return out;
  }

  private exprStatement(n: SyntaxNode, ch: SyntaxNode[], p: A.Pos): A.Stmt {
    const pr = this.print2?.get(this.sourceOffset(n.from));
    if (pr) return this.print2Stmt(ch, p, pr);
    return { kind: "Expr", value: this.exprList(ch), line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
  }

  /** Python 2's print: py2.ts rewrote `print >>f, a, b,` as the call `print(  f, a, b,)`. */
  private print2Stmt(ch: SyntaxNode[], p: A.Pos, how: { dest: boolean; nl: boolean }): A.Print2 {
    const call = ch[0]!;
    const args = call.name === "CallExpression" ? splitCommas(kids(kids(call)[1]!).slice(1, -1)).groups.map((g) => this.starredOrExpr(g, "Load")) : [];
    const dest = how.dest ? args.shift()! : null;
    return { kind: "Print2", dest, values: args, nl: how.nl, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
  }

  private assign(ch: SyntaxNode[], p: A.Pos): A.Stmt {
    const groups: SyntaxNode[][] = [[]];
    let annotation: SyntaxNode | null = null;
    for (const c of ch) {
      if (c.name === "AssignOp") groups.push([]);
      else if (c.name === "TypeDef") annotation = c;
      else groups[groups.length - 1]!.push(c);
    }
    const exprs = groups.map((g) => (g.length === 1 && g[0]!.name === "YieldExpression" ? this.expr(g[0]!) : this.exprList(g)));
    if (annotation) {
      const target = exprs[0]!;
      if (target.kind === "Tuple" && groups[0]!.length > 1) throw this.error("only single target (not tuple) can be annotated", target.elts[0]!);
      if (target.kind === "Tuple" || target.kind === "List") {
        throw this.error(`only single target (not ${target.kind.toLowerCase()}) can be annotated`, target);
      }
      if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
        throw this.error("illegal target for annotation", target);
      }
      if (exprs.length > 2) throw this.error("invalid syntax", groups[2]![0]!);
      const simple = target.kind === "Name" && groups[0]![0]!.name === "VariableName";
      return {
        kind: "AnnAssign",
        target: this.target(target, "Store"),
        annotation: this.expr(kids(annotation)[1]!),
        value: exprs[1] ?? null,
        simple,
        ...p,
      };
    }
    const value = exprs.pop()!;
    const targets = exprs.map((t, i) => {
      const bad = invalidTarget(t, false);
      if (bad) {
        // CPython words a lone bad target as a likely typo for "==" (invalid_named_expression).
        // A bare `yield` target is its own message (invalid_assignment); `(yield)` is an atom.
        if (groups[i]![0]!.name === "YieldExpression") throw this.error("assignment to yield expression not possible", t);
        const here = exprs.length === 1 && i === 0 && bad === t && !["Tuple", "List", "GeneratorExp", "Compare", "BoolOp", "Lambda", "IfExp"].includes(t.kind) && !(t.kind === "Constant" && (t.value.type === "None" || t.value.type === "bool")) && !(t.kind === "UnaryOp" && t.op === "Not");
        throw this.error(`cannot assign to ${exprName(bad)}${here ? " here. Maybe you meant '==' instead of '='?" : ""}`, bad);
      }
      return this.target(t, "Store");
    });
    return { kind: "Assign", targets, value, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
  }

  private augAssign(ch: SyntaxNode[], p: A.Pos): A.AugAssign {
    const opAt = ch.findIndex((c) => c.name === "UpdateOp");
    const target = this.exprList(ch.slice(0, opAt));
    if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
      throw this.error(`'${exprName(target)}' is an illegal expression for augmented assignment`, target);
    }
    const rest = ch.slice(opAt + 1);
    const value = rest.length === 1 && rest[0]!.name === "YieldExpression" ? this.expr(rest[0]!) : this.exprList(rest);
    const opText = this.text(ch[opAt]!).slice(0, -1);
    const op = AUG_OPS[opText]!;
    return { kind: "AugAssign", target: { ...target, ctx: "Store" }, op, value, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
  }

  private importStmt(ch: SyntaxNode[], p: A.Pos): A.Import | A.ImportFrom {
    if (ch[0]!.name === "import") return { kind: "Import", names: this.aliases(ch.slice(1)), line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
    const importAt = ch.findIndex((c) => c.name === "import");
    let level = 0;
    const modParts: string[] = [];
    for (const c of ch.slice(1, importAt)) {
      if (c.name === "Ellipsis") level += 3;
      else if (c.name === "." && modParts.length === 0) level++;
      else if (c.name === "VariableName") modParts.push(this.identifier(c));
    }
    const rest = ch.slice(importAt + 1).filter((c) => c.name !== "(" && c.name !== ")");
    const names: A.Alias[] =
      rest.length === 1 && rest[0]!.name === "*"
        ? [{ kind: "alias", name: "*", asname: null, ...this.nodePos(rest[0]!) }]
        : this.aliases(rest, true);
    if (names.length > 1 && names.some((a) => a.name === "*")) throw this.error("invalid syntax", rest[0]!);
    return { kind: "ImportFrom", module: modParts.length > 0 ? modParts.join(".") : null, names, level, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol };
  }

  /** `a.b as c, d` from a flat child list; `from` imports take plain names only. */
  private aliases(nodes: SyntaxNode[], plain = false): A.Alias[] {
    const out: A.Alias[] = [];
    for (const g of splitCommas(nodes).groups) {
      const dot = plain ? g.find((c) => c.name === ".") : undefined;
      if (dot) throw this.error("invalid syntax", dot);
      const asAt = g.findIndex((c) => c.name === "as");
      const nameNodes = (asAt >= 0 ? g.slice(0, asAt) : g).filter((c) => c.name === "VariableName");
      const name = nameNodes.map((c) => this.identifier(c)).join(".");
      const asname = asAt >= 0 ? this.identifier(g[asAt + 1]!) : null;
      out.push({ kind: "alias", name, asname, ...this.pos(g[0]!.from, g[g.length - 1]!.to) });
    }
    return out;
  }

  /** `if`/`elif` chains: each `elif` is an If nested in the previous one's orelse. */
  private ifStmt(ch: SyntaxNode[], at: number): A.If {
    const kw = ch[at]!;
    // Lezer's grammar lets `elif` go without a condition.
    if (ch[at + 1]!.name === "Body") throw this.error("invalid syntax", kids(ch[at + 1]!)[0]!);
    const test = this.expr(ch[at + 1]!);
    const body = this.body(ch[at + 2]!);
    const next = ch[at + 3];
    let orelse: A.Stmt[] = [];
    if (next?.name === "elif") orelse = [this.ifStmt(ch, at + 3)];
    else if (next?.name === "else") orelse = this.body(ch[at + 4]!);
    return this.compound({ kind: "If", test, body, orelse }, this.nodePos(kw));
  }

  private forStmt(ch: SyntaxNode[], p: A.Pos): A.For {
    if (ch[0]!.name === "async") throw this.unsupported("async for", ch[0]!);
    const inAt = ch.findIndex((c) => c.name === "in");
    const bodyAt = ch.findIndex((c) => c.name === "Body");
    const t = this.exprList(ch.slice(1, inAt));
    const bad = invalidTarget(t, false);
    if (bad) throw this.error(`cannot assign to ${exprName(bad)}`, bad);
    const iterNodes = ch.slice(inAt + 1, bodyAt);
    for (const g of splitCommas(iterNodes).groups) {
      // An unpacked iterable item is a bitwise_or (star_expressions): CPython stops at the first
      // operator of lower precedence, unless it is parenthesized.
      const bad = g.length === 1 && this.starBefore(g[0]!) !== undefined ? belowBitwiseOr(g[0]!) : null;
      if (bad) throw this.error("invalid syntax", bad);
    }
    const iter = this.exprList(iterNodes);
    const orelse = ch[bodyAt + 1]?.name === "else" ? this.body(ch[bodyAt + 2]!) : [];
    return this.compound({ kind: "For", target: this.target(t, "Store"), iter, body: this.body(ch[bodyAt]!), orelse }, p);
  }

  private tryStmt(ch: SyntaxNode[], p: A.Pos): A.Try {
    const body = this.body(ch[1]!);
    const handlers: A.ExceptHandler[] = [];
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    let i = 2;
    while (i < ch.length) {
      const kw = ch[i]!;
      const bodyAt = ch.findIndex((c, k) => k > i && c.name === "Body");
      if (kw.name === "except") {
        const head = ch.slice(i + 1, bodyAt);
        if (head[0]?.name === "*") throw this.unsupported("except*", head[0]);
        const sep = head.findIndex((c) => c.name === "as" || c.name === ",");
        const typeNodes = sep >= 0 ? head.slice(0, sep) : head;
        const type = typeNodes.length > 0 ? this.expr(typeNodes[0]!) : null;
        if (sep >= 0 && head[sep]!.name === "," && !this.print2) {
          throw this.error("multiple exception types must be parenthesized", this.pos(typeNodes[0]!.from, head[head.length - 1]!.to));
        }
        const name = sep >= 0 ? this.identifier(head[sep + 1]!) : null;
        const hb = this.body(ch[bodyAt]!);
        handlers.push(this.compound({ kind: "ExceptHandler", type, name, body: hb }, this.nodePos(kw)));
      } else if (kw.name === "else") {
        if (handlers.length === 0) throw this.error("expected 'except' or 'finally' block", kw);
        orelse = this.body(ch[bodyAt]!);
      } else finalbody = this.body(ch[bodyAt]!);
      i = bodyAt + 1;
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      // invalid_try_stmt raises at the last token fetched: the statement after the block when it
      // stands at the try's own indentation; at the end of the file (or a deeper dedent, which we do
      // not place) CPython stands at the line break after the body's last statement.
      const next = nextTokenSpan(this.map.text, this.sourceOffset(ch[ch.length - 1]!.to));
      if (next !== null) {
        const a = this.map.lineCol(next[0]);
        const b = this.map.lineCol(next[1]);
        if (a.col === p.col) throw this.error("expected 'except' or 'finally' block", { line: a.line, col: a.col, endLine: b.line, endCol: b.col });
      }
      const last = body[body.length - 1]!;
      throw this.error("expected 'except' or 'finally' block", { line: last.endLine, col: last.endCol, endLine: last.endLine, endCol: last.endCol });
    }
    return this.compound({ kind: "Try", body, handlers, orelse, finalbody }, p);
  }

  private withStmt(ch: SyntaxNode[], p: A.Pos): A.With {
    if (ch[0]!.name === "async") throw this.unsupported("async with", ch[0]!);
    const bodyAt = ch.findIndex((c) => c.name === "Body");
    const head = ch.slice(1, bodyAt);
    if (head.length === 1 && head[0]!.name === "TupleExpression") {
      // `with (a, b):` is two context managers, not a tuple (Python 3.9+ grammar).
      const elts = (this.expr(head[0]!) as A.Tuple).elts;
      const items = elts.map((e): A.WithItem => ({ kind: "withitem", contextExpr: e, optionalVars: null, ...this.span(e, e) }));
      return this.compound({ kind: "With", items, body: this.body(ch[bodyAt]!) }, p);
    }
    const items: A.WithItem[] = splitCommas(head).groups.map((g) => {
      const contextExpr = this.expr(g[0]!);
      let optionalVars: A.Expr | null = null;
      if (g[1]?.name === "as") {
        const t = this.overlaid(g[2]!) ?? this.expr(g[2]!);
        const bad = invalidTarget(t, false);
        if (bad) throw this.error(`cannot assign to ${exprName(bad)}`, bad);
        optionalVars = this.target(t, "Store");
      }
      return { kind: "withitem", contextExpr, optionalVars, ...this.span(contextExpr, optionalVars ?? contextExpr) };
    });
    return this.compound({ kind: "With", items, body: this.body(ch[bodyAt]!) }, p);
  }

  private funcDef(ch: SyntaxNode[], p: A.Pos, decoratorList: A.Expr[]): A.FunctionDef {
    if (ch[0]!.name === "async") throw this.unsupported("async def", ch[0]!);
    if (ch.some((c) => c.name === "TypeParamList")) throw this.error("invalid syntax", ch.find((c) => c.name === "TypeParamList")!);
    const params = ch.find((c) => c.name === "ParamList")!;
    const ret = ch.find((c) => c.name === "TypeDef");
    const body = ch.find((c) => c.name === "Body")!;
    return this.compound(
      {
        kind: "FunctionDef",
        name: this.identifier(ch[1]!),
        args: this.params(params, kids(params), false),
        body: this.body(body),
        decoratorList,
        returns: ret ? this.expr(kids(ret).pop()!) : null,
      },
      p,
    );
  }

  private classDef(ch: SyntaxNode[], p: A.Pos, decoratorList: A.Expr[]): A.ClassDef {
    if (ch.some((c) => c.name === "TypeParamList")) throw this.error("invalid syntax", ch.find((c) => c.name === "TypeParamList")!);
    const argList = ch.find((c) => c.name === "ArgList");
    const body = ch.find((c) => c.name === "Body")!;
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (argList) {
      // A class header's parentheses are a call's argument list in CPython's grammar too.
      ({ args: bases, keywords } = this.callArgs(argList));
    }
    return this.compound({ kind: "ClassDef", name: this.identifier(ch[1]!), bases, keywords, body: this.body(body), decoratorList }, p);
  }

  private decorated(ch: SyntaxNode[]): A.Stmt {
    const decs = ch.filter((c) => c.name === "Decorator").map((d) => this.decorator(d));
    const def = ch[ch.length - 1]!;
    const dch = kids(def);
    const p = this.nodePos(def);
    return def.name === "ClassDefinition" ? this.classDef(dch, p, decs) : this.funcDef(dch, p, decs);
  }

  /** `@a.b(args)`: Lezer's grammar only allows a dotted name with an optional call; any other
   * expression was parsed on its own (parse-respell.ts). */
  private decorator(d: SyntaxNode): A.Expr {
    const first = kids(d)[1];
    const whole = first ? this.overlaid(first) : null;
    if (whole) return whole;
    let e: A.Expr | null = null;
    for (const c of kids(d)) {
      if (c.name === "VariableName") {
        const name: A.Name = { kind: "Name", id: this.identifier(c), ctx: "Load", ...this.nodePos(c) };
        e = e ? { kind: "Attribute", value: e, attr: name.id, ctx: "Load", ...this.span(e, name) } : name;
      } else if (c.name === "ArgList") {
        e = { kind: "Call", func: e!, ...this.callArgs(c), ...this.span(e!, this.nodePos(c)) };
      }
    }
    return e!;
  }
}

const AUG_OPS: Record<string, A.Operator> = {
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

/** The first token of a Lezer expression that lies outside CPython's bitwise_or rule (a boolean or
 * comparison operator, `not`, `if`, `lambda`), or null. */
function belowBitwiseOr(n: SyntaxNode): SyntaxNode | null {
  const ch = kids(n);
  switch (n.name) {
    case "BinaryExpression":
      return belowBitwiseOr(ch[0]!) ?? (/^(or|and|in|not|is|CompareOp)$/.test(ch[1]!.name) ? ch[1]! : null);
    case "ConditionalExpression":
      return belowBitwiseOr(ch[0]!) ?? ch[1]!;
    case "UnaryExpression":
      return ch[0]!.name === "not" ? ch[0]! : null;
    case "LambdaExpression":
      return ch[0]!;
    default:
      return null;
  }
}

/** The last statement nested in a compound statement (for its end position). */
function lastStmt(s: A.Stmt | A.ExceptHandler): A.Pos | null {
  const pick = (list: A.Stmt[]): A.Pos | null => (list.length > 0 ? lastStmt(list[list.length - 1]!) ?? list[list.length - 1]! : null);
  switch (s.kind) {
    case "If":
    case "For":
    case "While":
      return pick(s.orelse) ?? pick(s.body);
    case "Try":
      return pick(s.finalbody) ?? pick(s.orelse) ?? (s.handlers.length > 0 ? s.handlers[s.handlers.length - 1]! : null) ?? pick(s.body);
    case "With":
    case "FunctionDef":
    case "ClassDef":
    case "ExceptHandler":
      return pick(s.body);
    default:
      return s;
  }
}

/** The source span of the first token at or after `at` (blank lines, comments and line breaks
 * skipped), or null at the end of the source. Names, numbers and one-line strings are whole tokens;
 * anything else is taken as one character (enough to place an error on it). */
function nextTokenSpan(text: string, at: number): [number, number] | null {
  const skip = /(?:[ \t\f\r\n]|\\\n|#[^\n]*)*/y;
  skip.lastIndex = at;
  skip.exec(text);
  const start = skip.lastIndex;
  if (start >= text.length) return null;
  const word = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]+|[0-9][0-9A-Za-z_.]*/uy;
  const str = /[rRbBuUfF]{0,2}(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/y;
  for (const re of [str, word]) {
    re.lastIndex = start;
    if (re.exec(text)) return [start, re.lastIndex];
  }
  return [start, start + 1];
}


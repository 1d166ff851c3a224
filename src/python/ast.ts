/**
 * Our typed Python 3.11 AST. Node kinds and fields mirror CPython's `ast` module (fields in camelCase:
 * `decorator_list` is `decoratorList`), so a reader who knows `ast.dump` knows these shapes. The parser
 * (parse.ts) builds it from the Lezer tree; the interpreter compiles it.
 *
 * Differences from CPython's `ast`, all deliberate:
 * - every node, including Module and the helper records (arg, keyword, alias, withitem, comprehension,
 *   ExceptHandler), carries a full position (`Pos`);
 * - `Constant.value` is a tagged `ConstValue` (JS has one number type; ints keep their literal text);
 * - `Print2` is Python 2's print statement, produced only in Python 2 mode.
 */

/** A source span: 1-based lines, 0-based columns counted in code points (CPython's `col_offset` counts
 * UTF-8 bytes; we count characters, which is what tracebacks and SyntaxError carets show). */
export interface Pos {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** The whole file. */
export interface Module extends Pos {
  kind: "Module";
  body: Stmt[];
}

// ---------------------------------------------------------------------------------------------------
// Statements

/** Any statement. */
export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue
  | Print2;

/** `def name(args) -> returns: body`, with decorators applied bottom-up. Position starts at `def`
 * (CPython 3.8+), not at the first decorator. */
export interface FunctionDef extends Pos {
  kind: "FunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decoratorList: Expr[];
  returns: Expr | null;
}

/** `class name(bases, keywords): body`. */
export interface ClassDef extends Pos {
  kind: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decoratorList: Expr[];
}

/** `return` / `return value`. */
export interface Return extends Pos {
  kind: "Return";
  value: Expr | null;
}

/** `del a, b[0], c.d` — targets have ctx "Del". */
export interface Delete extends Pos {
  kind: "Delete";
  targets: Expr[];
}

/** `t1 = t2 = value` — targets left to right, each with ctx "Store". */
export interface Assign extends Pos {
  kind: "Assign";
  targets: Expr[];
  value: Expr;
}

/** `target op= value` (target is Name, Attribute or Subscript). */
export interface AugAssign extends Pos {
  kind: "AugAssign";
  target: Expr;
  op: Operator;
  value: Expr;
}

/** `target: annotation [= value]`. `simple` is true for a bare, unparenthesised Name target. */
export interface AnnAssign extends Pos {
  kind: "AnnAssign";
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: boolean;
}

/** `for target in iter: body else: orelse`. */
export interface For extends Pos {
  kind: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

/** `while test: body else: orelse`. */
export interface While extends Pos {
  kind: "While";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

/** `if test: body` — `elif` becomes a single nested If in `orelse`, as in CPython. */
export interface If extends Pos {
  kind: "If";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

/** `with a as b, c: body` — several items in one node. */
export interface With extends Pos {
  kind: "With";
  items: WithItem[];
  body: Stmt[];
}

/** One `expr [as target]` of a with statement. */
export interface WithItem extends Pos {
  kind: "withitem";
  contextExpr: Expr;
  optionalVars: Expr | null;
}

/** `raise` / `raise exc` / `raise exc from cause`. */
export interface Raise extends Pos {
  kind: "Raise";
  exc: Expr | null;
  cause: Expr | null;
}

/** `try: body except...: handlers else: orelse finally: finalbody`. */
export interface Try extends Pos {
  kind: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

/** `except [type [as name]]: body`. */
export interface ExceptHandler extends Pos {
  kind: "ExceptHandler";
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

/** `assert test[, msg]`. */
export interface Assert extends Pos {
  kind: "Assert";
  test: Expr;
  msg: Expr | null;
}

/** `import a.b as c, d`. */
export interface Import extends Pos {
  kind: "Import";
  names: Alias[];
}

/** `from ..module import a as b` — `module` is null for `from . import x`; `level` counts the dots.
 * `from m import *` is one alias named "*". */
export interface ImportFrom extends Pos {
  kind: "ImportFrom";
  module: string | null;
  names: Alias[];
  level: number;
}

/** One imported name: `name` is dotted for `import a.b`. */
export interface Alias extends Pos {
  kind: "alias";
  name: string;
  asname: string | null;
}

/** `global a, b`. */
export interface Global extends Pos {
  kind: "Global";
  names: string[];
}

/** `nonlocal a, b`. */
export interface Nonlocal extends Pos {
  kind: "Nonlocal";
  names: string[];
}

/** An expression used as a statement (CPython's `Expr`). */
export interface ExprStmt extends Pos {
  kind: "Expr";
  value: Expr;
}

/** `pass`. */
export interface Pass extends Pos {
  kind: "Pass";
}

/** `break`. */
export interface Break extends Pos {
  kind: "Break";
}

/** `continue`. */
export interface Continue extends Pos {
  kind: "Continue";
}

/** Python 2's print statement: `print >>dest, v1, v2,` (Python 2 mode only). `nl` is false when the
 * statement ends with a comma (no newline; Python 2 then sets the file's softspace). */
export interface Print2 extends Pos {
  kind: "Print2";
  dest: Expr | null;
  values: Expr[];
  nl: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Function signatures

/** A signature, as CPython's `arguments`: `def f(po, /, a, b=1, *args, k, m=2, **kw)` has
 * posonlyargs [po], args [a, b], defaults [1] (right-aligned over posonlyargs+args), vararg args,
 * kwonlyargs [k, m], kwDefaults [null, 2], kwarg kw. */
export interface Arguments extends Pos {
  kind: "arguments";
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

/** One parameter name with its optional annotation. */
export interface Arg extends Pos {
  kind: "arg";
  arg: string;
  annotation: Expr | null;
}

/** `name=value` in a call or class header; `arg` is null for `**value`. */
export interface Keyword extends Pos {
  kind: "keyword";
  arg: string | null;
  value: Expr;
}

// ---------------------------------------------------------------------------------------------------
// Expressions

/** Any expression. */
export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

/** Whether an expression is read, assigned or deleted. */
export type ExprContext = "Load" | "Store" | "Del";

/** `a and b and c` — one node for a run of the same operator. */
export interface BoolOp extends Pos {
  kind: "BoolOp";
  op: "And" | "Or";
  values: Expr[];
}

/** `target := value` (target is a Name). */
export interface NamedExpr extends Pos {
  kind: "NamedExpr";
  target: Name;
  value: Expr;
}

/** Binary operators, by CPython's names. */
export type Operator =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";

/** `left op right`. */
export interface BinOp extends Pos {
  kind: "BinOp";
  left: Expr;
  op: Operator;
  right: Expr;
}

/** `~x`, `not x`, `+x`, `-x`. A negative literal is UnaryOp(USub, Constant), as in CPython. */
export interface UnaryOp extends Pos {
  kind: "UnaryOp";
  op: "Invert" | "Not" | "UAdd" | "USub";
  operand: Expr;
}

/** `lambda args: body`. */
export interface Lambda extends Pos {
  kind: "Lambda";
  args: Arguments;
  body: Expr;
}

/** `body if test else orelse`. */
export interface IfExp extends Pos {
  kind: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** `{k: v, **m}` — a null key marks `**value` unpacking. */
export interface Dict extends Pos {
  kind: "Dict";
  keys: (Expr | null)[];
  values: Expr[];
}

/** `{a, b, *c}` (CPython's `Set`; renamed so it does not shadow the JS global). */
export interface SetExpr extends Pos {
  kind: "Set";
  elts: Expr[];
}

/** `[elt for ...]`. */
export interface ListComp extends Pos {
  kind: "ListComp";
  elt: Expr;
  generators: Comprehension[];
}

/** `{elt for ...}`. */
export interface SetComp extends Pos {
  kind: "SetComp";
  elt: Expr;
  generators: Comprehension[];
}

/** `{key: value for ...}`. */
export interface DictComp extends Pos {
  kind: "DictComp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

/** `(elt for ...)`, also the bare generator argument of `f(x for x in y)`. */
export interface GeneratorExp extends Pos {
  kind: "GeneratorExp";
  elt: Expr;
  generators: Comprehension[];
}

/** One `for target in iter if c1 if c2` clause, outermost first. */
export interface Comprehension extends Pos {
  kind: "comprehension";
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}

/** `await value` (parsed; the interpreter may refuse it as unsupported). */
export interface Await extends Pos {
  kind: "Await";
  value: Expr;
}

/** `yield` / `yield value`. */
export interface Yield extends Pos {
  kind: "Yield";
  value: Expr | null;
}

/** `yield from value`. */
export interface YieldFrom extends Pos {
  kind: "YieldFrom";
  value: Expr;
}

/** Comparison operators, by CPython's names. */
export type CmpOp = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

/** `left op1 c1 op2 c2` — a chain; `ops.length === comparators.length`. */
export interface Compare extends Pos {
  kind: "Compare";
  left: Expr;
  ops: CmpOp[];
  comparators: Expr[];
}

/** `func(args, keywords)` — `*x` arguments are Starred in `args`; `**m` is a Keyword with arg null. */
export interface Call extends Pos {
  kind: "Call";
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

/** One `{value!conversion:formatSpec}` of an f-string. `conversion` is -1 (none) or the char code of
 * 's', 'r' or 'a', as in CPython; `formatSpec` is a JoinedStr (it may itself hold fields). The
 * `{x=}` debug form is expanded as CPython does: a Constant "x=" before it and conversion 'r' unless
 * a conversion or spec was given. */
export interface FormattedValue extends Pos {
  kind: "FormattedValue";
  value: Expr;
  conversion: number;
  formatSpec: JoinedStr | null;
}

/** An f-string (adjacent literals concatenated): Constant str parts and FormattedValues. */
export interface JoinedStr extends Pos {
  kind: "JoinedStr";
  values: (Constant | FormattedValue)[];
}

/** A literal value. Ints keep their source text (`0x_ff`, `10**3` is not a literal) so the interpreter
 * may build exact values; adjacent string literals are already concatenated. */
export type ConstValue =
  | { type: "None" }
  | { type: "bool"; value: boolean }
  | { type: "int"; value: bigint; text: string }
  | { type: "float"; value: number; text: string }
  | { type: "complex"; imag: number; text: string }
  | { type: "str"; value: string }
  | { type: "bytes"; value: Uint8Array }
  | { type: "Ellipsis" };

/** A literal: None, True, False, numbers, str, bytes, `...`. */
export interface Constant extends Pos {
  kind: "Constant";
  value: ConstValue;
}

/** `value.attr`. */
export interface Attribute extends Pos {
  kind: "Attribute";
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

/** `value[slice]` — `a[1:2, 3]` has slice Tuple([Slice, Constant]), as in CPython 3.9+. */
export interface Subscript extends Pos {
  kind: "Subscript";
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}

/** `*value` in a call, display or assignment target. */
export interface Starred extends Pos {
  kind: "Starred";
  value: Expr;
  ctx: ExprContext;
}

/** An identifier (NFKC-normalised, as CPython does). */
export interface Name extends Pos {
  kind: "Name";
  id: string;
  ctx: ExprContext;
}

/** `[a, b]`. */
export interface List extends Pos {
  kind: "List";
  elts: Expr[];
  ctx: ExprContext;
}

/** `(a, b)` or bare `a, b`. Position of a parenthesised tuple includes the parentheses. */
export interface Tuple extends Pos {
  kind: "Tuple";
  elts: Expr[];
  ctx: ExprContext;
}

/** `lower:upper:step` inside a subscript. */
export interface Slice extends Pos {
  kind: "Slice";
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

/** Every node kind, for exhaustive walkers. */
export type Node =
  | Module
  | Stmt
  | Expr
  | ExceptHandler
  | WithItem
  | Alias
  | Arguments
  | Arg
  | Keyword
  | Comprehension;

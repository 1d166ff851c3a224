// The syntax checks' child visitor (syntax-check.ts visitChildren, a switch on the node kind) against
// the table-driven forEachChild it stands in for: the same children, in the same order, for every
// node of the shim's Python modules, the bench programs and snippets holding every node kind.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type * as A from "../../../src/python/ast.js";
import { parse } from "../../../src/python/parse/index.js";
import { forEachChild, visitChildren } from "../../../src/python/parse/syntax-check.js";

const root = join(__dirname, "..", "..", "..");

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...pyFiles(p));
    else if (f.endsWith(".py")) out.push(p);
  }
  return out;
}

const SNIPPETS: [string, boolean][] = [
  [
    [
      "from __future__ import annotations",
      "import a.b as c, d",
      "from . import (e as f, g)",
      "@dec(1)",
      "@other.attr",
      "def f(p: int = 1, /, q: 'q' = 2, *args: str, k: float, m=3, **kw: dict) -> list[int]:",
      "    global G",
      "    x: int = 1",
      "    y: str",
      "    del x, y[0], z.a",
      "    assert x > 1, 'msg'",
      "    while not x:",
      "        break",
      "    else:",
      "        pass",
      "    for i, *j in (yield q):",
      "        continue",
      "    else:",
      "        x += 1",
      "    if a and b or c:",
      "        return lambda u, v=1, *w, z=2, **kw: u if v else -w",
      "    elif (n := 3):",
      "        raise E from None",
      "    else:",
      "        yield from g()",
      "    try:",
      "        s = a[1:2:3], a[::], a[b, c:d]",
      "    except (E, F) as e:",
      "        raise",
      "    except G:",
      "        pass",
      "    else:",
      "        x = {1: 2, **m}, {1, *s}, [*l, 2], (1, *t)",
      "    finally:",
      "        x = f'{a!r:>{w}} {b=} {c:.2f}' 'tail'",
      "    with open(p) as h, q() as (r, t), lock:",
      "        x = [i for i in r if i for j in i], {i for i in r}, {k: v for k, v in r if k}, (i for i in r)",
      "    def inner():",
      "        nonlocal x",
      "        x = f(*a, b, *c, k=1, **d, **e)",
      "        return a < b <= c is not d in e not in f, b'x', 1.5j, ..., None, True",
      "class C(B, metaclass=M, **kw):",
      "    '''doc'''",
      "    a = b = c + d * e",
      "    print(x, file=y)",
    ].join("\n") + "\n",
    false,
  ],
  ["print >>f, a, b,\nprint\n", true],
];

/** Every statement and expression below `n` (helper records' children included), and `n`. */
function allNodes(n: A.Node, out: A.Node[] = []): A.Node[] {
  out.push(n);
  forEachChild(n, (c) => allNodes(c, out));
  return out;
}

function compare(module: A.Module): Set<string> {
  const kinds = new Set<string>();
  for (const n of allNodes(module)) {
    kinds.add(n.kind);
    const byTable: A.Node[] = [];
    forEachChild(n, (c) => byTable.push(c));
    const bySwitch: A.Node[] = [];
    visitChildren(n, { child: (c: A.Node) => bySwitch.push(c) }, null);
    expect(bySwitch.length).toBe(byTable.length);
    bySwitch.forEach((c, i) => expect(c).toBe(byTable[i]));
  }
  return kinds;
}

describe("parse: syntax checks' child visitor", () => {
  it("visits what forEachChild visits, in its order, on every node kind", () => {
    const kinds = new Set<string>();
    for (const [src, python2] of SNIPPETS) for (const k of compare(parse(src, { filename: "t.py", python2 }).module)) kinds.add(k);
    for (const k of [
      "Module", "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For", "While", "If",
      "With", "Raise", "Try", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
      "Print2", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp",
      "DictComp", "GeneratorExp", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr", "Constant",
      "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
    ]) {
      expect(kinds.has(k), k).toBe(true);
    }
  });

  it("agrees on the shim's Python modules and the bench programs", () => {
    const files = [...pyFiles(join(root, "src", "shim", "py")), ...pyFiles(join(root, "bench", "python"))];
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) compare(parse(readFileSync(f, "utf8"), { filename: f }).module);
  });
});

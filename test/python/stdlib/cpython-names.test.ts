// A standard-library module tfscope models in part: a name CPython 3.11's module has and tfscope lacks
// is tfscope's unsupported error, a name CPython lacks is CPython's own AttributeError (with its
// suggestion), and getattr/hasattr see only what tfscope has. Names from `dir(module)` in python3.11.
import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";

const run = (code: string) => {
  let out = "";
  const r = runPython(code, { filename: "p.py", stdout: (s) => (out += s) });
  return { ...r, out };
};

describe("names of CPython's standard-library modules", () => {
  it("a name CPython has and tfscope lacks says unsupported", () => {
    // traceback.extract_tb and sys.setprofile exist in CPython 3.11 (dir(traceback), dir(sys)).
    for (const [code, feature] of [["import traceback\ntraceback.extract_tb", "traceback.extract_tb"], ["import sys\nsys.setprofile", "sys.setprofile"]]) {
      expect(run(code).unsupported?.feature, code).toBe(feature);
    }
  });

  it("a name CPython lacks is CPython's AttributeError", () => {
    // python3.11: AttributeError: module 'math' has no attribute 'sine'. Did you mean: 'sin'?
    expect(run("import math\nmath.sine").exception).toMatchObject({ type: "AttributeError", message: "module 'math' has no attribute 'sine'" });
    expect(run("import sys\nsys.nonexistent").exception).toMatchObject({ type: "AttributeError", message: "module 'sys' has no attribute 'nonexistent'" });
  });

  it("names tfscope has are unchanged", () => {
    const r = run("import math, sys\nprint(hasattr(math, 'sin'), getattr(math, 'nope', 7), math.floor(2.5))");
    expect(r.out).toBe("True 7 2\n");
  });
});

describe("standard modules tfscope lacks", () => {
  it("are unsupported where CPython has them, and ModuleNotFoundError where it does not", () => {
    // sys.stdlib_module_names of python3.11 lists inspect and sqlite3.
    // The import binds a stand-in (objects/stand-in.ts) and succeeds, as for the reader; a use is the gap.
    expect(run("import inspect").unsupported).toBeUndefined();
    expect(run("import inspect\ninspect.signature(len)").unsupported?.feature).toBe("module 'inspect' (inspect.signature)");
    expect(run("import sqlite3.dbapi2\nsqlite3.dbapi2.connect").unsupported?.feature).toBe("module 'sqlite3' (sqlite3.dbapi2)");
    expect(run("from sqlite3 import dbapi2 as d\nd.connect").unsupported?.feature).toBe("module 'sqlite3' (sqlite3.dbapi2.connect)");
    // python3.11: ModuleNotFoundError: No module named 'nonexistent_xyz' / 'math.nope'; 'math' is not a package
    expect(run("import nonexistent_xyz").exception).toMatchObject({ type: "ModuleNotFoundError", message: "No module named 'nonexistent_xyz'" });
    expect(run("import math.nope").exception).toMatchObject({ type: "ModuleNotFoundError", message: "No module named 'math.nope'; 'math' is not a package" });
    expect(run("from sys import nonexistent_name").exception).toMatchObject({ type: "ImportError", message: "cannot import name 'nonexistent_name' from 'sys' (unknown location)" });
  });
});

describe("names of CPython's builtin types", () => {
  it("a method CPython's type has and tfscope lacks says unsupported; one it lacks is its AttributeError", () => {
    // dir(bytes) in python3.11 lists maketrans; no builtin type has 'nope'.
    expect(run("b'x'.maketrans").unsupported?.feature).toBe("bytes.maketrans");
    expect(run("bytes.maketrans").unsupported?.feature).toBe("bytes.maketrans");
    expect(run("b'x'.nope").exception).toMatchObject({ type: "AttributeError", message: "'bytes' object has no attribute 'nope'" });
    // A subclass has its builtin base's names, and only those.
    expect(run("class B(bytes): pass\nB().maketrans").unsupported?.feature).toBe("bytes.maketrans");
    expect(run("class L(list): pass\nL().strip").exception).toMatchObject({ type: "AttributeError", message: "'L' object has no attribute 'strip'" });
    expect(run("print(hasattr(b'', 'hex'), hasattr(b'', 'nope'))").out).toBe("True False\n");
  });

  it("list[int] (PEP 585: a types.GenericAlias in CPython 3.11) is unsupported, not a TypeError; int[0] is CPython's TypeError", () => {
    expect(run("print(dict[str, int])").unsupported?.feature).toBe("dict[...] (types.GenericAlias, PEP 585)");
    expect(run("x: tuple[int, ...] = ()").unsupported?.feature).toBe("tuple[...] (types.GenericAlias, PEP 585)");
    // python3.11: TypeError: type 'int' is not subscriptable
    expect(run("int[0]").exception).toMatchObject({ type: "TypeError", message: "type 'int' is not subscriptable" });
  });

  it("a forward reference in an annotation under PEP 563 is unsupported (CPython keeps it a string); without the import it is CPython's NameError", () => {
    const src = "from typing import Optional\nclass Node:\n    parent: Optional[Node] = None\nprint('ok')\n";
    expect(run(`from __future__ import annotations\n${src}`).unsupported?.feature).toBe("an annotation CPython keeps unevaluated (from __future__ import annotations, PEP 563)");
    // python3.11: NameError: name 'Node' is not defined. Did you mean: 'None'? (the suggestion is the traceback's)
    expect(run(src).exception).toMatchObject({ type: "NameError", message: "name 'Node' is not defined" });
    expect(run("from __future__ import annotations\nclass A:\n    x: int = 1\nprint(A.x)\n").out).toBe("1\n");
  });

  it("a builtin CPython 3.11 has and tfscope lacks (exit, ExceptionGroup) is unsupported, not a NameError", () => {
    expect(run("exit(0)").unsupported?.feature).toBe("the builtin exit");
    expect(run("def f():\n    return ExceptionGroup\nf()").unsupported?.feature).toBe("the builtin ExceptionGroup");
    expect(run("exitt").exception).toMatchObject({ type: "NameError", message: "name 'exitt' is not defined" });
    expect(run("exit = print\nexit('own')").out).toBe("own\n");
  });

  it("bytes % formatting (PEP 461), which tfscope does not model, is unsupported, not a TypeError", () => {
    // python3.11: b'%d' % 5 is b'5'; b'' % 'a' is "TypeError: not all arguments converted during bytes formatting".
    expect(run("b'%d' % 5").unsupported?.feature).toBe("bytes % formatting");
    expect(run("bytearray(b'') % 'a'").unsupported?.feature).toBe("bytearray % formatting");
    expect(run("print('a%s' % b'x')").out).toBe("ab'x'\n");
  });

  it("keywords given to a method that would drop them: CPython's TypeError where it refuses them too, else honoured", () => {
    // python3.11: TypeError: list.append() takes no keyword arguments; bytes.hex(sep=':') is '61:62' there
    // (it was unsupported until bytes.hex took its sep and bytes_per_sep).
    expect(run("[].append(x=1)").exception).toMatchObject({ type: "TypeError", message: "list.append() takes no keyword arguments" });
    expect(run("print(b'ab'.hex(sep=':'), bytearray(b'abc').hex(bytes_per_sep=-2, sep='-'))").out).toBe("61:62 6162-63\n");
  });
});

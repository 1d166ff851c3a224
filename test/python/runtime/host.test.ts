import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { PyHost, asNumber, asString, isInt, pyFloat, pyInt, pyList, pyStr, toJs, type PyValue } from "../../../src/python/index.js";

function host(): PyHost {
  return new PyHost();
}

describe("host API: modules", () => {
  it("imports dotted Python-source modules, binding parents as attributes", () => {
    const py = host();
    py.registerModule("pkg", "NAME = 'pkg'\n");
    py.registerModule("pkg.sub", "from . import leaf\nVALUE = leaf.X * 2\n");
    py.registerModule("pkg.sub.leaf", "X = 21\n");
    const o = py.runSource(
      "import pkg.sub\nprint(pkg.NAME, pkg.sub.VALUE, pkg.sub.leaf.X)\nimport pkg.sub.leaf as l\nfrom pkg.sub import VALUE\nprint(l.X, VALUE)\n",
      { filename: "main.py" },
    );
    expect(o.stderr).toBe("");
    expect(o.stdout).toBe("pkg 42 21\n21 42\n");
  });

  it("executes a module once and shares it between importers", () => {
    const py = host();
    py.registerModule("counter", "print('loading')\nhits = []\n");
    const o = py.runSource("import counter\nimport counter as c2\nc2.hits.append(1)\nfrom counter import hits\nprint(hits, counter is c2)\n", { filename: "m.py" });
    expect(o.stdout).toBe("loading\n[1] True\n");
  });

  it("reports missing modules and names as CPython does", () => {
    const py = host();
    py.registerModule("pkg", "x = 1\n");
    expect(py.runSource("import nothing_here", { filename: "m.py" }).exception?.message).toBe("No module named 'nothing_here'");
    expect(py.runSource("from pkg import y", { filename: "m.py" }).exception?.message).toBe(
      "cannot import name 'y' from 'pkg' (unknown location)",
    );
  });

  it("hides frames of internal modules from tracebacks and currentFrames()", () => {
    const py = host();
    let seen: string[] = [];
    py.registerNativeModule("_probe", (m) => {
      m.fn("frames", () => {
        seen = py.currentFrames().map((f) => `${f.filename}:${f.line}:${f.name}`);
        return pyInt(0);
      });
    });
    py.registerModule("lib", "import _probe\ndef helper(v):\n    _probe.frames()\n    if v:\n        raise ValueError('bad value')\n", { internal: true });
    const o = py.runSource("import lib\ndef user():\n    lib.helper(1)\nuser()\n", { filename: "doc.md", firstLine: 10 });
    expect(seen).toEqual(["doc.md:13:<module>", "doc.md:12:user"]);
    expect(o.stderr).toBe(
      'Traceback (most recent call last):\n  File "doc.md", line 13, in <module>\n    user()\n  File "doc.md", line 12, in user\n    lib.helper(1)\nValueError: bad value\n',
    );
    expect(o.exception).toMatchObject({ type: "ValueError", message: "bad value", line: 12 });
  });
});

describe("host API: native modules and values", () => {
  it("native functions receive Python values and keyword arguments", () => {
    const py = host();
    py.registerNativeModule("_native", (m) => {
      m.fn("scale", (args, kwargs) => {
        const [x, factor] = py.parseArgs("scale", args, kwargs, ["x", "factor"], 1);
        return pyFloat(asNumber(x!) * (factor === undefined ? 2 : asNumber(factor)));
      });
      m.fn("describe", (args) => pyStr(`${args.length}:${isInt(args[0]!) ? "int" : "other"}`));
      m.const("ITEMS", pyList([pyInt(1), pyStr("a")]));
    });
    const o = py.runSource(
      "import _native\nprint(_native.scale(3), _native.scale(3, factor=0.5), _native.describe(7), _native.ITEMS)\ntry:\n    _native.scale(1, bogus=2)\nexcept TypeError as e:\n    print(e)\ntry:\n    _native.scale()\nexcept TypeError as e:\n    print(e)\n",
      { filename: "m.py" },
    );
    expect(o.stdout).toBe(
      "6.0 1.5 1:int [1, 'a']\nscale() got an unexpected keyword argument 'bogus'\nscale() missing 1 required positional argument: 'x'\n",
    );
  });

  it("opaque handles carry JS values through Python untouched and have no attributes", () => {
    const py = host();
    const graph = { name: "g0" };
    py.registerNativeModule("_engine", (m) => {
      m.fn("graph", () => py.opaque(graph));
      m.fn("name_of", (args) => pyStr(py.unwrap<{ name: string }>(args[0]!).name));
    });
    const o = py.runSource(
      "import _engine\ng = _engine.graph()\nprint(g, _engine.name_of(g), type(g).__name__, dir(g) == dir(object()))\ntry:\n    g.name\nexcept AttributeError as e:\n    print(e)\ntry:\n    _engine.name_of(5)\nexcept TypeError as e:\n    print(e)\n",
      { filename: "m.py" },
    );
    expect(o.stdout).toBe("<handle> g0 handle True\n'handle' object has no attribute 'name'\nexpected a handle, got int\n");
  });

  it("copying a handle fails as copying a C object with no tp_new does in CPython", () => {
    const py = host();
    py.registerNativeModule("_engine", (m) => {
      m.fn("graph", () => py.opaque({}));
    });
    // CPython 3.11: copy.deepcopy(_thread.allocate_lock()) -> TypeError: cannot pickle '_thread.lock' object;
    // object.__new__(list_iterator) -> TypeError: object.__new__(list_iterator) is not safe, use list_iterator.__new__()
    const o = py.runSource(
      "import copy, _engine\ng = _engine.graph()\nfor f in (copy.copy, copy.deepcopy, lambda x: copy.deepcopy([x]), lambda x: object.__new__(type(x))):\n    try:\n        f(g)\n    except TypeError as e:\n        print(e)\n",
      { filename: "m.py" },
    );
    expect(o.stdout).toBe("cannot pickle 'handle' object\n".repeat(3) + "object.__new__(handle) is not safe, use handle.__new__()\n");
  });

  it("raise() throws Python exceptions, including classes defined in Python modules", () => {
    const py = host();
    py.registerModule("errors_mod", "class GraphError(ValueError):\n    pass\n");
    py.registerNativeModule("_checks", (m) => {
      m.fn("check", (args) => {
        if (asNumber(args[0]!) < 0) py.raise("errors_mod.GraphError", "negative shape");
        if (asNumber(args[0]!) === 0) py.raise("KeyError", "zero");
        return args[0]!;
      });
    });
    const o = py.runSource(
      "import _checks, errors_mod\nfor v in (-1, 0):\n    try:\n        _checks.check(v)\n    except ValueError as e:\n        print(type(e).__name__, e, isinstance(e, errors_mod.GraphError))\n    except KeyError as e:\n        print('KeyError', e)\n",
      { filename: "m.py" },
    );
    expect(o.stdout).toBe("GraphError negative shape True\nKeyError 'zero'\n");
  });

  it("call() invokes Python callables from JS, re-entrantly", () => {
    const py = host();
    py.registerNativeModule("_apply", (m) => {
      m.fn("apply", (args) => py.call(args[0]!, args.slice(1)));
    });
    const o = py.runSource(
      "import _apply\ndef twice(x):\n    return _apply.apply(lambda y: y * 2, x)\nprint(_apply.apply(twice, 21), _apply.apply(sorted, [3, 1, 2]))\n",
      { filename: "m.py" },
    );
    expect(o.stdout).toBe("42 [1, 2, 3]\n");
  });

  it("converts between JS and Python values", () => {
    const py = host();
    const o = py.runSource("x = [1, 2.5, 'a', None, (True,), {'k': 10**20}]\n", { filename: "m.py" });
    const x = o.globals.ns.get("x") as PyValue;
    expect(toJs(x)).toEqual([1, 2.5, "a", null, [true], new Map([["k", 100000000000000000000n]])]);
    expect(py.repr(x)).toBe("[1, 2.5, 'a', None, (True,), {'k': 100000000000000000000}]");
    expect(asString(py.str(pyFloat(0.1 + 0.2)))).toBe("0.30000000000000004");
  });

  it("callableAcceptsKeyword inspects Python signatures", () => {
    const py = host();
    const o = py.runSource(
      "def f(a, *, reuse=None): pass\ndef g(a): pass\ndef h(**kw): pass\nclass C:\n    def __init__(self, name): pass\n    def m(self, reuse): pass\n",
      { filename: "m.py" },
    );
    const ns = o.globals.ns;
    const fn = (n: string) => ns.get(n) as PyValue;
    expect(py.callableAcceptsKeyword(fn("f"), "reuse")).toBe(true);
    expect(py.callableAcceptsKeyword(fn("g"), "reuse")).toBe(false);
    expect(py.callableAcceptsKeyword(fn("h"), "anything")).toBe(true);
    expect(py.callableAcceptsKeyword(fn("C"), "name")).toBe(true);
    expect(py.callableAcceptsKeyword(py.getAttr(fn("C"), "m"), "reuse")).toBe(true);
  });
});

describe("host API: sessions", () => {
  it("continues a namespace across runSource calls with document line numbers", () => {
    // Expected: python3 running a file with these lines at lines 5-7 and 20-21 (blank lines between).
    const py = host();
    const a = py.runSource("x = 40\ndef add(n):\n    return x + n\n", { filename: "README.md", firstLine: 5 });
    const b = py.runSource("print(add(2))\nadd(None)\n", { filename: "README.md", firstLine: 20, globals: a.globals });
    expect(b.stdout).toBe("42\n");
    expect(b.stderr).toBe(
      'Traceback (most recent call last):\n  File "README.md", line 21, in <module>\n    add(None)\n  File "README.md", line 7, in add\n    return x + n\n           ~~^~~\nTypeError: unsupported operand type(s) for +: \'int\' and \'NoneType\'\n',
    );
    expect(b.exception?.line).toBe(7);
  });

  it("reports syntax errors with document positions", () => {
    const o = host().runSource("x = 1\ny = (2,\n", { filename: "doc.md", firstLine: 30 });
    expect(o.syntaxError).toMatchObject({ kind: "SyntaxError", message: "'(' was never closed", line: 31 });
    expect(o.stderr).toBe("  File \"doc.md\", line 31\n    y = (2,\n        ^\nSyntaxError: '(' was never closed\n");
  });

  it("flags unsupported constructs distinctly", () => {
    const o = host().runSource("x = 1\nexec('x')\n", { filename: "doc.md" });
    expect(o.unsupported?.feature).toMatch(/exec/);
    expect(o.unsupported?.line).toBe(2);
  });

  it("runs Python 2 print statements with softspace", () => {
    const o = host().runSource('print "a", 1\nprint "b",\nprint "c"\nprint\nprint "x\\n",\nprint "y"\n', {
      filename: "old.py",
      python2: "auto",
    });
    expect(o.python2).toBe(true);
    expect(o.stdout).toBe("a 1\nb c\n\nx\ny\n");
  });

  it("interactive mode echoes expression values like a >>> prompt", () => {
    // Expected output recorded by piping the same lines into `python3 -i`.
    const o = host().runSource('1 + 1\nx = 5\nx\nNone\nfor i in range(2): i\ndef f():\n    3\nf()\n[1, "a"]\n_\n', {
      filename: "doc.md",
      interactive: true,
    });
    expect(o.stdout).toBe("2\n5\n0\n1\n[1, 'a']\n[1, 'a']\n");
  });

  it("streams output to the host callbacks and returns it", () => {
    const chunks: string[] = [];
    const py = new PyHost({ stdout: (s) => chunks.push(s) });
    const o = py.runSource("print('one')\nprint('two', end='')\n", { filename: "m.py" });
    expect(chunks.join("")).toBe("one\ntwo");
    expect(o.stdout).toBe("one\ntwo");
  });

  it("open() reads files only where the host allows", () => {
    const dir = mkdtempSync(`${tmpdir()}/tfscope-`);
    writeFileSync(`${dir}/ok.txt`, "line 1\nline 2\n");
    const py = new PyHost({ allowOpen: (path, mode) => path.startsWith(dir) && mode === "r" });
    const src = `with open(${JSON.stringify(`${dir}/ok.txt`)}) as fh:\n    print(fh.readlines())\ntry:\n    open('/etc/hostname')\nexcept PermissionError as e:\n    print('denied', e.errno)\n`;
    expect(py.runSource(src, { filename: "m.py" }).stdout).toBe("['line 1\\n', 'line 2\\n']\ndenied 13\n");
  });

  it("exposes the emulated thread id", () => {
    const py = host();
    const ids: number[] = [];
    py.registerNativeModule("_tid", (m) => {
      m.fn("record", () => {
        ids.push(py.currentThreadId());
        return pyInt(0);
      });
    });
    py.runSource("import threading, _tid\n_tid.record()\nt = threading.Thread(target=_tid.record)\nt.start()\nt.join()\n_tid.record()\n", {
      filename: "m.py",
    });
    expect(ids[0]).toBe(0);
    expect(ids[1]).toBeGreaterThan(0);
    expect(ids[2]).toBe(0);
  });
});

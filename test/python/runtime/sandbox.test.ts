import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";

function run(src: string) {
  return runPython(src, { filename: "escape.py" });
}

describe("sandbox", () => {
  it("__subclasses__ lists Python classes only", () => {
    const r = run(
      "subs = ().__class__.__base__.__subclasses__()\nprint(all(isinstance(c, type) for c in subs), len(subs) > 20)\nprint(sorted(c.__name__ for c in subs if c.__name__ in ('int', 'dict', 'list')))\n",
    );
    expect(r.stdout).toBe("True True\n['dict', 'int', 'list']\n");
  });

  it("JavaScript property names are not attributes", () => {
    const names = ["constructor", "__proto__", "prototype", "toString", "valueOf", "hasOwnProperty", "call", "apply", "bind"];
    for (const name of names) {
      for (const obj of ["()", "1", "'s'", "print", "object", "type", "[]", "{}", "(lambda: 0)", "ValueError('x')"]) {
        const r = run(`print(hasattr(${obj}, '${name}'))`);
        expect(r.stdout, `${obj}.${name}`).toBe("False\n");
      }
    }
  });

  it("getattr with JS names raises AttributeError", () => {
    const r = run("try:\n    getattr(print, 'constructor')\nexcept AttributeError as e:\n    print(e)\n");
    expect(r.stdout).toBe("'builtin_function_or_method' object has no attribute 'constructor'\n");
  });

  it("dict keys named like JS internals are ordinary data", () => {
    const r = run("d = {'__proto__': 1, 'constructor': 2}\nclass A: pass\na = A()\nsetattr(a, '__proto__', 3)\nprint(d, a.__proto__, vars(a))\n");
    expect(r.stdout).toBe("{'__proto__': 1, 'constructor': 2} 3 {'__proto__': 3}\n");
  });

  it("every attribute reachable from builtins is a Python value", () => {
    const src = [
      "import builtins",
      "bad = []",
      "for name in dir(builtins):",
      "    obj = getattr(builtins, name)",
      // A docstring read by the program is unsupported (objects/misc.ts), and a gap of tfscope's is
      // not the program's to catch (compile/handlers.ts gapOf): the probe leaves __doc__ out.
      "    for attr in dir(obj):",
      "        if attr == '__doc__':",
      "            continue",
      "        try:",
      "            v = getattr(obj, attr)",
      "        except Exception:",
      "            continue",
      "        if type(v).__name__ in ('Object', 'Function', 'undefined'):",
      "            bad.append((name, attr))",
      "print(bad)",
    ].join("\n");
    expect(run(src).stdout).toBe("[]\n");
  });

  it("open() is refused unless the host allows the path", () => {
    const r = run("try:\n    open('/etc/passwd')\nexcept PermissionError as e:\n    print(type(e).__name__, e.errno)\n");
    expect(r.stdout).toBe("PermissionError 13\n");
  });

  it("os has no filesystem or process access: such calls are unsupported, and os.environ starts empty", () => {
    for (const [call, feature] of [
      ["os.listdir('.')", "os.listdir (the filesystem)"],
      ["os.system('ls')", "os.system (the process)"],
      ["os.getcwd()", "os.getcwd (the filesystem)"],
    ]) {
      expect(run(`import os\n${call}\n`).unsupported?.feature, call).toBe(feature);
    }
    expect(run("import os\nprint(os.environ, os.path.join('a', 'b'))\n").stdout).toBe("environ({}) a/b\n");
  });

  it("subprocess and other host modules are not there", () => {
    // CPython has these (sys.stdlib_module_names): tfscope's gap, never a way out.
    // The import binds a stand-in (objects/stand-in.ts); its first use is the gap.
    for (const m of ["subprocess", "socket", "ctypes"]) {
      const r = run(`import ${m}\nprint('imported')\n${m}.run`);
      expect(r.stdout, m).toBe("imported\n");
      expect(r.unsupported?.feature, m).toBe(`module '${m}' (${m}.run)`);
    }
    // Node's modules are no Python module at all.
    for (const m of ["child_process", "fs"]) expect(run(`import ${m}`).exception?.type, m).toBe("ModuleNotFoundError");
  });

  it("exec is refused as unsupported rather than reaching JS; eval runs in the interpreter", () => {
    const r = run("exec('1+1')");
    expect(r.exception?.type).toBe("tfscope.TfscopeUnsupported");
    expect(r.unsupported?.feature).toMatch(/exec/);
    expect(run("print(eval('__import__(\"subprocess\")'))").unsupported?.feature).toBe("module 'subprocess' (str(subprocess))");
  });

  it("type objects and functions have no __dict__ leaks into JS", () => {
    const r = run("print(type(int.__dict__).__name__, 'append' in list.__dict__, type(print.__name__).__name__)\n");
    expect(r.stdout).toBe("dict True str\n");
  });
});

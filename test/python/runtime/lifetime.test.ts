// An interpreter's objects die with it: builtin types are shared by every interpreter in the process,
// so whatever they remember of one (here: its subclasses, CPython's tp_subclasses) must not keep it alive.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { Interpreter } from "../../../src/python/index.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const SUBCLASSING = "class D(dict):\n    def get(self, k):\n        return 1\nclass E(ValueError):\n    pass\nclass S(D):\n    pass\n";

/** Runs a program in an interpreter of its own and keeps only a weak reference to a class it made (in a function of
 * its own, so no suspended async frame holds the interpreter). */
function runDropped(i: number): WeakRef<object> {
  const py = new Interpreter();
  // A source of its own: the parse cache (bounded) may keep the last program's compiled sites.
  const o = py.runSource(`${SUBCLASSING}# ${i}\n`, { filename: "m.py" });
  expect(o.stderr).toBe("");
  return new WeakRef(o.globals.dict!.get("D") as object);
}

describe("interpreter lifetime", () => {
  it("a dropped interpreter's subclasses of builtin types are collected", async () => {
    const refs = [0, 1, 2].map(runDropped);
    // WeakRef targets stay alive until the current job ends.
    await new Promise((r) => setTimeout(r, 0));
    gc();
    expect(refs.filter((r) => r.deref() !== undefined).length).toBe(0);
  });

  it("__subclasses__() of a builtin type lists the running interpreter's classes, in creation order", () => {
    const a = new Interpreter();
    const b = new Interpreter();
    const globals = a.runSource(SUBCLASSING, { filename: "a.py" }).globals;
    b.runSource("class Mine(dict):\n    pass\n", { filename: "b.py" });
    // CPython: type.__subclasses__ lists live direct subclasses, oldest first; each process its own.
    const mine = "[c.__name__ for c in dict.__subclasses__() if c.__module__ == '__main__']";
    expect(a.runSource(`print(${mine}, D.__subclasses__())\n`, { filename: "a.py", globals }).stdout).toBe("['D'] [<class '__main__.S'>]\n");
    expect(b.runSource(`print(${mine})\n`, { filename: "b.py" }).stdout).toBe("['Mine']\n");
  });
});

import { describe, expect, it } from "vitest";
import { PyHost } from "../../../src/python/index.js";
import { classesCheckpoint, objectType, PyType } from "../../../src/python/objects/base.js";

// A start-up snapshot's warm-up program runs in a throwaway interpreter; none of its classes may stay
// listed in a builtin class's __subclasses__() afterwards (such a list would keep the whole interpreter).
describe("classesCheckpoint", () => {
  it("forgets the lasting subclasses made after it, and keeps those made before", () => {
    // Classes made while no interpreter runs (module set-up) are kept for as long as their base lives.
    const outer = classesCheckpoint();
    const kept = new PyType("KeptAtSetUp", [objectType], undefined, false);
    const forget = classesCheckpoint();
    const gone = new PyType("GoneAtSetUp", [objectType], undefined, false);
    expect(objectType.subclasses()).toContain(gone);
    forget();
    expect(objectType.subclasses()).toContain(kept);
    expect(objectType.subclasses()).not.toContain(gone);
    outer(); // these bare types are no real classes: leave object.__subclasses__() as it was
    expect(objectType.subclasses()).not.toContain(kept);
  });

  it("lists a running interpreter's own classes only: another interpreter never sees them", () => {
    const names = (py: PyHost, base: string) =>
      py.runSource(`print(sorted(c.__name__ for c in ${base}.__subclasses__() if c.__module__ == '__main__'))\n`, { filename: "n.py" }).stdout;
    const throwaway = new PyHost();
    throwaway.runSource("class Gone(object): pass\nclass E(ValueError): pass\n", { filename: "b.py" });
    expect(names(throwaway, "object")).toBe("['Gone']\n");
    expect(names(throwaway, "ValueError")).toBe("['E']\n");
    const py = new PyHost();
    py.runSource("class Mine(object): pass\n", { filename: "a.py" });
    expect(names(py, "object")).toBe("['Mine']\n");
    expect(names(py, "ValueError")).toBe("[]\n");
  });
});

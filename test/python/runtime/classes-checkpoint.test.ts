import { describe, expect, it } from "vitest";
import { PyHost } from "../../../src/python/index.js";
import { classesCheckpoint } from "../../../src/python/objects/base.js";

// A start-up snapshot's warm-up program runs in a throwaway interpreter; its classes must not stay in
// the builtin classes' __subclasses__() lists (which hold them strongly, with the whole interpreter).
describe("classesCheckpoint", () => {
  it("forgets the classes made after it, and keeps those made before", () => {
    const names = (py: PyHost) => py.runSource("print(sorted(c.__name__ for c in object.__subclasses__() if c.__module__ == '__main__'))\n", { filename: "n.py" }).stdout;
    const before = new PyHost();
    before.runSource("class Kept(object): pass\n", { filename: "a.py" });
    const forget = classesCheckpoint();
    const py = new PyHost();
    py.runSource("class Gone(object): pass\nclass E(ValueError): pass\n", { filename: "b.py" });
    expect(names(py)).toContain("'Gone'");
    forget();
    expect(names(py)).toBe("['Kept']\n");
    expect(py.runSource("print([c.__name__ for c in ValueError.__subclasses__() if c.__module__ == '__main__'])\n", { filename: "c.py" }).stdout).toBe("[]\n");
  });
});

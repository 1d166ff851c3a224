import { describe, expect, it } from "vitest";
import { extract } from "../../src/docs/extract.js";
import { chainOf, planSessions } from "../../src/docs/sessions.js";
import { scanNames } from "../../src/docs/python-names.js";
import { seed } from "./seeds.js";

const doc = (...blocks: string[]) => extract("doc.md", blocks.map((b) => "```python\n" + b + "```\n").join("\nProse.\n\n"));

describe("names a snippet binds and reads", () => {
  it("separates bindings from reads; keyword arguments and attributes are not reads", () => {
    const n = scanNames("import numpy as np\nfrom a.b import c as d, e\nv = tf.get_variable('v', initializer=init)\ndef f(x, y=z):\n    return x\nfor i in r: pass\n");
    expect([...n.imported].sort()).toEqual(["d", "e", "np"]);
    // A top-level for loop binds its target in the module namespace, as in CPython.
    expect([...n.globals].sort()).toEqual(["d", "e", "f", "i", "np", "v"]);
    expect(n.used.has("initializer")).toBe(false);
    expect(n.used.has("init")).toBe(true);
    expect(n.used.has("z")).toBe(true);
    expect(n.bound.has("x")).toBe(true);
    expect(n.imports.map((i) => i.line)).toEqual([1, 2]);
  });
});

describe("session planning", () => {
  it("every seed snippet is an independent example (fresh)", () => {
    for (const p of ["000", "001", "002", "003", "004"]) {
      const s = seed(p);
      expect(planSessions(extract(s.name, s.text).snippets).map((x) => x.mode)).toEqual(extract(s.name, s.text).snippets.map(() => "fresh"));
    }
  });

  it("supplies `import tensorflow as tf` where the document uses tf without importing it (seeds 002, 003)", () => {
    const s2 = seed("002");
    expect(planSessions(extract(s2.name, s2.text).snippets).every((p) => p.prelude.join() === "import tensorflow as tf")).toBe(true);
    const s3 = seed("003");
    const plans = planSessions(extract(s3.name, s3.text).snippets);
    // Snippets 1-4 come before the page's first import (snippet 5); later ones get it re-run instead.
    expect(plans.map((p) => p.prelude.length)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(plans[5]!.imports).toEqual(["import tensorflow as tf"]);
  });

  it("continues a snippet that reads a name an earlier one defined", () => {
    const plans = planSessions(doc("import tensorflow as tf\nv = tf.get_variable('v', [1])\n", "w = tf.constant(1)\n", "print(v.name)\n").snippets);
    expect(plans.map((p) => p.mode)).toEqual(["fresh", "fresh", "continue"]);
    expect(plans[2]!.dependsOn).toEqual([1]);
    expect(plans[2]!.reason).toContain("`v` (snippet 1)");
    expect(plans[1]!.imports).toEqual(["import tensorflow as tf"]);
  });

  it("imports alone never make a snippet continue", () => {
    const plans = planSessions(doc("import tensorflow as tf\n", "x = tf.constant(1)\n").snippets);
    expect(plans[1]!.mode).toBe("fresh");
    expect(plans[1]!.prelude).toEqual([]);
  });

  it("markers override: reset forces fresh, continue forces continue", () => {
    const e = extract("doc.md", "```python\nv = 1\n```\n\n<!-- tfscope: reset -->\n```python\nprint(v)\n```\n\n<!-- tfscope: continue -->\n```python\nw = 2\n```\n");
    const plans = planSessions(e.snippets);
    expect(plans.map((p) => p.mode)).toEqual(["fresh", "fresh", "continue"]);
    expect(plans[2]!.dependsOn).toEqual([2]);
  });

  it("chains are transitive", () => {
    const plans = planSessions(doc("a = 1\n", "b = a + 1\n", "c = b + 1\n").snippets);
    expect(chainOf(3, plans)).toEqual([1, 2]);
  });
});

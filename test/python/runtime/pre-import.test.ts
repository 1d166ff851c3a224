import { describe, expect, it } from "vitest";
import { PyHost } from "../../../src/python/index.js";

// InterpreterCore.preImport: a start-up snapshot's interpreter has run a program's first `import` before
// the program; what the program then does must be what it would have done after its own import.
const MODULE = "total = 0\nfor i in range(300):\n    total += i\nseen = []\n";
const PROGRAM = "import heavy\nheavy.seen.append(1)\nn = 0\nwhile True:\n    n += 1\n    if n % 100 == 0:\n        print(n, heavy.total, heavy.seen)\n";

function host(): PyHost {
  const py = new PyHost({ limits: { steps: 5_000 } });
  py.registerModule("heavy", MODULE);
  return py;
}

describe("pre-importing a program's first import", () => {
  it("leaves the program the state and the step budget its own import would have", () => {
    const fresh = host().runSource(PROGRAM, { filename: "p.py" });
    const py = host();
    py.preImport("heavy");
    const warm = py.runSource(PROGRAM, { filename: "p.py" });
    // The module body's ~600 steps are charged to the program: it stops at the same count either way.
    expect(fresh.exception?.type).toBe("StepLimitExceeded");
    expect(warm.exception?.type).toBe("StepLimitExceeded");
    expect(warm.stdout).toBe(fresh.stdout);
    expect(fresh.stdout.split("\n").at(-2)).toMatch(/^\d+00 44850 \[1\]$/);
    // Only the first program is charged: a second run in the same namespace-less host gets the whole budget.
    const again = py.runSource(PROGRAM, { filename: "p.py" });
    expect(again.stdout.split("\n").length).toBeGreaterThan(warm.stdout.split("\n").length);
  });
});

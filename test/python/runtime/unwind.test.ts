import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";

// Calls from compiled code leave their frame for the next catch out to pop (limits.ts unwindTo). These
// programs swallow exceptions in native code (hasattr, getattr with a default, the iteration protocol)
// thousands of times, then check the frame stack is intact: recursion depth, sys._getframe's chain and
// whole traceback reports. Expected output recorded from python3 (`python3 case.py` in /tmp/unwind_case).
const SOURCE = "import sys\ndef fail():\n    raise AttributeError(\"inner\")\nclass P:\n    @property\n    def p(self):\n        return fail()\n    def __getattr__(self, name):\n        return helper(name)\ndef helper(name):\n    raise AttributeError(name)\nclass It:\n    def __init__(self):\n        self.n = 0\n    def __iter__(self):\n        return self\n    def __next__(self):\n        self.n += 1\n        if self.n > 3:\n            stop()\n        return self.n\ndef stop():\n    raise StopIteration\no = P()\ncount = 0\nfor i in range(3000):\n    if not hasattr(o, \"p\"):\n        count += 1\n    if getattr(o, \"q\", None) is None:\n        count += 1\n    count += sum(It())\nprint(count)\ndef depth(n):\n    return depth(n + 1) if n < 990 else n\nprint(depth(0))\ndef walk():\n    f = sys._getframe()\n    k = 0\n    while f is not None:\n        k += 1\n        f = f.f_back\n    return k\nprint(walk())\ndef g():\n    try:\n        h()\n    finally:\n        print(\"finally in g\")\ndef h():\n    return {}[\"missing\"]\ndef k():\n    g()\ntry:\n    k()\nexcept KeyError as e:\n    import traceback\n    print(traceback.format_exc(), end=\"\")\nk()\n";
const STDOUT = "24000\n990\n2\nfinally in g\nTraceback (most recent call last):\n  File \"/tmp/unwind_case/case.py\", line 54, in <module>\n    k()\n  File \"/tmp/unwind_case/case.py\", line 52, in k\n    g()\n  File \"/tmp/unwind_case/case.py\", line 46, in g\n    h()\n  File \"/tmp/unwind_case/case.py\", line 50, in h\n    return {}[\"missing\"]\n           ~~^^^^^^^^^^^\nKeyError: 'missing'\nfinally in g\n";
const STDERR = "Traceback (most recent call last):\n  File \"/tmp/unwind_case/case.py\", line 58, in <module>\n    k()\n  File \"/tmp/unwind_case/case.py\", line 52, in k\n    g()\n  File \"/tmp/unwind_case/case.py\", line 46, in g\n    h()\n  File \"/tmp/unwind_case/case.py\", line 50, in h\n    return {}[\"missing\"]\n           ~~^^^^^^^^^^^\nKeyError: 'missing'\n";

describe("unwinding frames left by compiled calls", () => {
  const r = runPython(SOURCE, { filename: "/tmp/unwind_case/case.py" });
  it("keeps the frame stack intact after native code swallows exceptions", () => {
    expect(r.stdout).toBe(STDOUT);
  });
  it("reports the whole traceback through a finally block", () => {
    expect(r.stderr).toBe(STDERR);
    expect(r.exitCode).toBe(1);
  });
});

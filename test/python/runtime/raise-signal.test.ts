import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";

// A `raise` at a function body's top level or under `if`s returns a RAISE signal to the call, which
// throws it from there (compile/context.ts Ctx.raiseSignal); one inside a loop, `with` or `try` throws
// as before. Output and traceback must be CPython's either way, the frame stack intact after thousands
// of such raises. Expected output recorded from python3 (`python3 case.py` in /tmp/raise_case).
const SOURCE = "import sys, traceback\ndef check(i):\n    if i % 3 == 0:\n        if i % 2 == 0:\n            raise ValueError(i)\n        raise KeyError(i)\n    elif i < 0:\n        raise\n    return i\ndef reraise():\n    raise\ndef in_loop(n):\n    for i in range(n):\n        if i == 2:\n            raise IndexError(i)\n    return n\nclass Cm:\n    def __enter__(self):\n        return self\n    def __exit__(self, t, v, tb):\n        print(\"exit\", t.__name__ if t else None)\n        return t is KeyError\ndef in_with(e):\n    with Cm():\n        if e:\n            raise e\n    return \"after\"\ndef walk():\n    f = sys._getframe()\n    k = 0\n    while f is not None:\n        k += 1\n        f = f.f_back\n    return k\ntotal = 0\ncaught = 0\nfor i in range(3000):\n    try:\n        total += check(i)\n    except (ValueError, KeyError) as e:\n        caught += 1\n        try:\n            reraise()\n        except type(e) as again:\n            caught += again is e\nprint(total, caught, walk())\nfor n in (1, 5):\n    try:\n        print(in_loop(n))\n    except IndexError as e:\n        print(\"loop\", repr(e))\nprint(in_with(KeyError(\"k\")), in_with(None))\ntry:\n    in_with(ValueError(\"v\"))\nexcept ValueError as e:\n    print(traceback.format_exc(), end=\"\")\ntry:\n    check(-1)\nexcept RuntimeError as e:\n    print(e)\ndef deep(n):\n    if n == 0:\n        raise TypeError(\"bottom\")\n    return deep(n - 1)\ntry:\n    deep(50)\nexcept TypeError as e:\n    tb, k = e.__traceback__, 0\n    while tb is not None:\n        tb, k = tb.tb_next, k + 1\n    print(k, walk())\ncheck(4 * 3)\n";
const STDOUT = "3000000 2000 2\n1\nloop IndexError(2)\nexit KeyError\nexit None\nafter after\nexit ValueError\nTraceback (most recent call last):\n  File \"/tmp/raise_case/case.py\", line 54, in <module>\n    in_with(ValueError(\"v\"))\n  File \"/tmp/raise_case/case.py\", line 26, in in_with\n    raise e\nValueError: v\nNo active exception to reraise\n52 2\n";
const STDERR = "Traceback (most recent call last):\n  File \"/tmp/raise_case/case.py\", line 72, in <module>\n    check(4 * 3)\n  File \"/tmp/raise_case/case.py\", line 5, in check\n    raise ValueError(i)\nValueError: 12\n";

describe("raise as a returned signal", () => {
  const r = runPython(SOURCE, { filename: "/tmp/raise_case/case.py" });
  it("catches, re-raises and chains as CPython, leaving the frame stack intact", () => {
    expect(r.stdout).toBe(STDOUT);
  });
  it("reports the uncaught exception's traceback as CPython", () => {
    expect(r.stderr).toBe(STDERR);
    expect(r.exitCode).toBe(1);
  });
});

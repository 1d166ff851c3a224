// What the host gives a program's standard library: sys.argv (argparse reads sys.argv[1:]),
// os.environ's starting contents (empty unless given), and the refusals of what the sandbox lacks.
// Expected reprs and messages are CPython 3.11's for the same program run as `python3 p.py a b`
// with only the given variables set (`env -i A=b python3 p.py`, less the LC_CTYPE that CPython's
// C-locale coercion adds there).
import { describe, expect, it } from "vitest";
import { runPython } from "../../../src/python/index.js";

const run = (code: string, options: Parameters<typeof runPython>[1] = {}) => runPython(code, { filename: "p.py", ...options });

describe("host options reach the standard library", () => {
  it("sys.argv comes from the host and argparse parses its tail", () => {
    const code = [
      "import sys, argparse",
      "print(sys.argv)",
      "p = argparse.ArgumentParser()",
      "p.add_argument('--steps', type=int, default=1)",
      "p.add_argument('name')",
      "print(p.parse_args(), p.prog)",
    ].join("\n");
    const r = run(code, { argv: ["p.py", "run1", "--steps", "5"] });
    expect(r.stdout).toBe("['p.py', 'run1', '--steps', '5']\nNamespace(steps=5, name='run1') p.py\n");
  });

  it("parse_args() on an empty argv reports the missing positional as CPython does", () => {
    const code = "import argparse\np = argparse.ArgumentParser()\np.add_argument('name')\np.parse_args()\n";
    const r = run(code, { argv: ["p.py"] });
    expect(r.stderr).toBe("usage: p.py [-h] name\np.py: error: the following arguments are required: name\n");
    expect(r.exitCode).toBe(2);
  });

  it("os.environ starts empty, or with what the host gives, and is writable in memory", () => {
    expect(run("import os\nprint(os.environ, os.getenv('HOME'))\n").stdout).toBe("environ({}) None\n");
    const r = run("import os\nos.environ['X'] = '1'\nprint(os.environ)\n", { environ: { A: "b" } });
    expect(r.stdout).toBe("environ({'A': 'b', 'X': '1'})\n");
  });

  it("refuses what needs files, the process or the network by name", () => {
    const cases: [string, string][] = [
      ["import os.path\nos.path.exists('x')", "os.path.exists (the filesystem)"],
      ["import os\nos.getcwd()", "os.getcwd (the filesystem)"],
      ["import os\nos.system('ls')", "os.system (the process)"],
      ["import logging\nlogging.basicConfig(filename='x.log')", "logging.basicConfig(filename=...) (writing a log file)"],
      ["import pickle\npickle.dumps(1, protocol=0)", "pickle protocol 0"],
      ["import uuid\nuuid.uuid5(uuid.NAMESPACE_DNS, 'x')", "uuid.uuid5 (needs a SHA-1 digest)"],
      ["from six.moves import urllib\nurllib.request.urlretrieve('http://x')", "urllib.request.urlretrieve (network access)"],
      ["import argparse\nargparse.ArgumentParser().add_subparsers()", "argparse sub-commands (add_subparsers)"],
    ];
    for (const [code, feature] of cases) expect(run(code).unsupported?.feature, code).toBe(feature);
  });
});

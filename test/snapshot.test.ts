import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The launcher and snapshot are build outputs (npm ci builds them before npm test).
const bin = new URL("../dist/bin/", import.meta.url).pathname;
const PROGRAM = 'import tensorflow as tf\nimport random\nwith tf.variable_scope("a"):\n    v = tf.get_variable("v", [2])\nprint(v.name, v.shape)\nprint(random.random())\n';

const run = (launcher: string, env: NodeJS.ProcessEnv = process.env) => execFileSync(launcher, ["run", "-c", PROGRAM], { encoding: "utf8", env });

describe("the start-up snapshot and its launcher", () => {
  it("starts from the snapshot: same output as a normal start, and fresh random state every run", () => {
    expect(existsSync(join(bin, "tfscope.blob")), "npm run build makes the snapshot").toBe(true);
    const [a, b] = [run(join(bin, "tfscope")), run(join(bin, "tfscope"))];
    const plain = execFileSync("node", [join(bin, "cli.js"), "run", "-c", PROGRAM], { encoding: "utf8" });
    const lines = (s: string) => s.split("\n");
    expect(lines(a)[0]).toBe("a/v:0 (2,)");
    expect(lines(plain)[0]).toBe(lines(a)[0]);
    // random was seeded after the restore, not baked into the snapshot.
    expect(lines(a)[1]).not.toBe(lines(b)[1]);
  });

  it("parses run's options after a restore as a normal start does (commander is loaded then, not held by the snapshot)", () => {
    const go = (args: string[]) => {
      const snap = spawnSync(join(bin, "tfscope"), ["run", ...args], { encoding: "utf8" });
      const plain = spawnSync("node", [join(bin, "cli.js"), "run", ...args], { encoding: "utf8" });
      expect({ status: snap.status, stdout: snap.stdout, stderr: snap.stderr }, args.join(" ")).toEqual({ status: plain.status, stdout: plain.stdout, stderr: plain.stderr });
      return snap;
    };
    expect(go(["-c", "print(6 * 7)", "a"]).stdout).toBe("42\n");
    expect(go(["--help"]).stdout).toContain("--timeout <seconds>");
    expect(go(["--tf", "3", "-c", "print(1)"]).status).toBe(2);
    expect(go(["--timeout", "0", "-c", "print(1)"]).stderr).toContain("give a positive number of seconds");
    expect(go(["--python2", "-c", "print 1"]).stdout).toBe("1\n");
  });

  it("does not carry TF's API text, which a run reads from files when it needs a part not parsed before", () => {
    const blob = readFileSync(join(bin, "tfscope.blob"));
    for (const name of ["api-v1", "api-v2"]) {
      const text = readFileSync(join(bin, "api-text", `${name}.txt`), "latin1");
      expect(text.length).toBeGreaterThan(100_000);
      // Stretches of the text from its middle and its end: a slice kept of any part would keep it all.
      for (const at of [text.length >> 1, text.length - 400]) expect(blob.includes(text.slice(at, at + 300), 0, "latin1"), `${name} at ${at}`).toBe(false);
    }
  });

  it("starts from the snapshot whether it is called by its path or through a symbolic link (as npm installs it)", () => {
    const dir = mkdtempSync(join(tmpdir(), "tfscope-link-"));
    try {
      symlinkSync(join(bin, "tfscope"), join(dir, "tfscope"));
      for (const launcher of [join(bin, "tfscope"), join(dir, "tfscope")]) {
        // sh -x shows the command the launcher ends in.
        const p = spawnSync("sh", ["-x", launcher, "run", "-c", "print(6 * 7)"], { encoding: "utf8" });
        expect(p.stdout, launcher).toBe("42\n");
        expect(p.stderr, launcher).toMatch(/^\+ exec \S*node --snapshot-blob \S*\/dist\/bin\/tfscope\.blob run -c/m);
        // Called by its own path, with a node on PATH that is no link, it starts no readlink.
        if (launcher.startsWith(bin) && realpathSync(process.execPath) === process.execPath) expect(p.stderr).not.toContain("readlink");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("starts from the snapshot with glibc's malloc tuned for fewer page faults, a caller's GLIBC_TUNABLES kept and last", () => {
    const tunables = (env: NodeJS.ProcessEnv) => {
      const p = spawnSync("sh", ["-x", join(bin, "tfscope"), "run", "-c", "print(6 * 7)"], { encoding: "utf8", env });
      expect(p.stdout).toBe("42\n");
      return /^\+ export GLIBC_TUNABLES=(\S*)$/m.exec(p.stderr)?.[1];
    };
    const { GLIBC_TUNABLES: _, ...without } = process.env;
    const ours = tunables(without);
    expect(ours).toMatch(/^glibc\.malloc\.hugetlb=1:/);
    // glibc applies the tunables in order: the caller's, after ours, override them.
    expect(tunables({ ...without, GLIBC_TUNABLES: "glibc.malloc.hugetlb=0" })).toBe(`${ours}:glibc.malloc.hugetlb=0`);
  });

  it("ends a run from the snapshot once its output is written: a large output through a slow pipe arrives whole, with the program's status", () => {
    const dir = mkdtempSync(join(tmpdir(), "tfscope-exit-"));
    try {
      const file = join(dir, "big.py");
      writeFileSync(file, 'import tensorflow as tf\nimport sys\nfor i in range(3000):\n    print("x" * 300, i)\nsys.stderr.write("e" * 100000)\nsys.exit(3)\n');
      // The reader starts late, so the writes fill the pipe and wait; the status goes to standard error.
      const through = (...cmd: string[]) =>
        spawnSync("sh", ["-c", '{ "$@" 2>/dev/null; echo "status $?" >&2; } | { sleep 0.3; wc -c; }', "sh", ...cmd, "run", file], { encoding: "utf8" });
      const [snap, plain] = [through(join(bin, "tfscope")), through("node", join(bin, "cli.js"))];
      // 3,000 lines of 300 x, a space, the number and a newline.
      expect(snap.stdout.trim()).toBe("916890");
      expect({ out: snap.stdout, err: snap.stderr }).toEqual({ out: plain.stdout, err: plain.stderr });
      expect(snap.stderr).toBe("status 3\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("falls back to a normal start when the snapshot was made by another Node", () => {
    // Beside dist/bin, so the copy still finds the project's node_modules.
    const dir = mkdtempSync(join(bin, "..", "launcher-test-"));
    cpSync(bin, dir, { recursive: true });
    writeFileSync(join(dir, "tfscope.blob"), "not a snapshot");
    writeFileSync(join(dir, "tfscope.blob.node"), "v0.0.0\n");
    try {
      expect(run(join(dir, "tfscope")).split("\n")[0]).toBe("a/v:0 (2,)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives what a normal start gives, for programs that run in its pre-imported interpreter and others", () => {
    // Programs that begin with `import tensorflow` run in the snapshot's interpreter that has already
    // imported it (warm-host.ts); the rest in a fresh one. Either way nothing may differ from `node cli.js`.
    const probes = [
      // ids, default hashes (a set's order), the graph's repr (its uid), sys.argv and sys.modules.
      'import tensorflow as tf\nimport sys\ng = tf.get_default_graph()\nprint(g, id(object()), hash(object()))\nprint(sys.argv, sorted(sys.modules))\nprint([v.name for v in {tf.get_variable("a", [1]), tf.get_variable("b", [1])}])\n',
      // TF's error with the "Originally defined at" frames of the user's program.
      'import tensorflow as tf\nv = tf.get_variable("v", [1])\ndef f():\n    return tf.get_variable("v", [1])\nf()\n',
      // A traceback through the shim, and a numpy value.
      "import tensorflow\nimport numpy as np\nprint(np.arange(6).reshape(2, 3).sum(axis=0))\ntensorflow.constant([1, 2]) + 'x'\n",
      // Not the first statement, and Python 2 print: fresh interpreters.
      "x = 1\nimport tensorflow as tf\nprint(tf.VERSION, x)\n",
      'import tensorflow as tf\nprint "py2", tf.__version__\n',
      "import tensorflow.compat.v1 as tf\nprint(tf.get_variable('w', [2]).name)\n",
      // Other statements that import the tensorflow package first also continue from the pre-import.
      "from tensorflow import nn, get_variable\nimport sys\nprint(get_variable('w', [2]), nn.relu, id(object()), list(sys.modules)[-3:])\n",
      "import tensorflow as tf, numpy as np\nprint(np.zeros(2), tf.constant(1).name, id(object()))\n",
      // Shim functions the warm-up never called: they compile on their first call from their module's
      // tree, read again from py-ast.json (compile/body-reload.ts), and raise through it too.
      'import tensorflow as tf\nx = tf.placeholder(tf.float32, [None, 3])\ny = tf.layers.dense(x, 2, name="d")\nprint(y, tf.losses.mean_squared_error(y, tf.zeros_like(y)))\nprint(tf.nn.softmax_cross_entropy_with_logits_v2(labels=y, logits=y).name, tf.train.AdamOptimizer(0.1).minimize(tf.reduce_sum(y)).name)\ntf.layers.dense(x, 2, name="d", reuse=False)\n',
      // Functions of the pre-import make their attribute dicts and keyword indexes on first use.
      'import tensorflow as tf\nimport sys\nfs = [v for m in list(sys.modules.values()) for v in vars(m).values() if type(v).__name__ == "function"]\nprint(len(fs), [(f.__qualname__, f.__module__, sorted(f.__dict__)) for f in fs[:60]])\nprint(tf.get_variable(name="kw", shape=[1], dtype=tf.float32).name, tf.zeros(shape=[2], name="z").name)\n',
      // Source lines are split on first read (frame.ts SourceLines): frames seen from a callback the shim calls.
      "import tensorflow as tf, sys\ndef getter(getter, *a, **k):\n    f = sys._getframe(1)\n    out = []\n    while f is not None:\n        out.append((f.f_code.co_filename.rsplit('/', 1)[-1], f.f_lineno, f._tfscope_line))\n        f = f.f_back\n    print(out[:6])\n    return getter(*a, **k)\nwith tf.variable_scope(\"s\", custom_getter=getter):\n    tf.get_variable(\"v\", [1])\nprint(tf.cond(tf.constant(True), lambda: [sys._getframe(1)._tfscope_line, tf.constant(1)][1], lambda: tf.constant(2)))\n",
      // API tables the pre-import did not read: their text is read from dist/bin/api-text/ after the restore.
      "import tensorflow as tf\nprint(len(dir(tf.compat.v2.nn)), sorted(dir(tf.compat.v2.sparse))[:3], len(dir(tf.estimator.experimental)))\ntf.compat.v2.nn.ctc_loss_v3\n",
    ];
    const root = new URL("../snippets/", import.meta.url).pathname;
    const seeds = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.endsWith(".py")).map((f) => readFileSync(join(root, d.name, f), "utf8")))
      .filter((src) => src.startsWith("import tensorflow"))
      .slice(0, 4);
    expect(seeds.length).toBe(4);
    const dir = mkdtempSync(join(bin, "..", "parity-"));
    try {
      for (const [i, program] of [...probes, ...seeds].entries()) {
        const file = join(dir, `p${i}.py`);
        writeFileSync(file, program);
        const go = (args: string[]) => {
          const p = spawnSync(args[0]!, [...args.slice(1), "run", file, "arg1"], { encoding: "utf8" });
          return { status: p.status, stdout: p.stdout, stderr: p.stderr };
        };
        const [snap, plain] = [go([join(bin, "tfscope")]), go(["node", join(bin, "cli.js")])];
        // A program that draws unseeded random numbers differs from one normal start to the next.
        if (JSON.stringify(snap) !== JSON.stringify(plain) && JSON.stringify(plain) !== JSON.stringify(go(["node", join(bin, "cli.js")]))) continue;
        expect(snap, program).toEqual(plain);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

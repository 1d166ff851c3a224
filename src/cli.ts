#!/usr/bin/env node
/**
 * The `tfscope` command: thin wiring of the library's entry points to the command line.
 *   tfscope run FILE.py | -c CODE | -     run a program as `python FILE.py` would with TF installed
 *   tfscope check [PATHS...]              check documents' snippets (default: the bundled corpus)
 *   tfscope explain FILE.py | DOC:LINE    say why every name and exception is what it is
 *   tfscope test PATH [--select C.m]      run a TF unittest module unchanged
 *   tfscope upgrade FILE.py [--compare]   rewrite for TF 2.x as tf_upgrade_v2 does, and run both
 */
import { readFileSync } from "node:fs";
import { startupSnapshot } from "node:v8";
import { Command, CommanderError, Option } from "commander";

const VERSION = "0.1.0";

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  // Each command loads only its own modules, so `tfscope run` starts fast.
  if (cmd === "check") {
    const [{ checkCommand }, { tfSessionFactory }, { explainForCheck }, { checkInWorkers, defaultJobs }] = await Promise.all([
      import("./docs/cli-check.js"),
      import("./shim/session.js"),
      import("./explain/document.js"),
      import("./check-jobs.js"),
    ]);
    // The worker is bundled beside this file (package.json's build); under vitest it is not built.
    const workerFile = new URL("./check-worker.js", import.meta.url);
    return checkCommand(rest, {
      stdout: process.stdout,
      stderr: process.stderr,
      sessionFactory: tfSessionFactory,
      explain: explainForCheck,
      parallel: { defaultJobs: defaultJobs(), run: (paths, jobs, settings, onDocument) => checkInWorkers(workerFile, paths, jobs, settings, onDocument) },
    });
  }
  if (cmd === "explain") {
    const { explainCommand } = await import("./explain/command.js");
    return explainCommand(rest, { stdout: process.stdout, stderr: process.stderr });
  }
  if (cmd === "run") return runCommand(rest);
  if (cmd === "upgrade") {
    const { upgradeCommand } = await import("./upgrade/command.js");
    return upgradeCommand(rest, { stdout: process.stdout, stderr: process.stderr });
  }
  if (cmd === "test") {
    const { testCommand } = await import("./shim/test-command.js");
    return testCommand(rest, { stdout: process.stdout, stderr: process.stderr });
  }
  const program = new Command("tfscope")
    .version(VERSION)
    .description("Runs TensorFlow 1.x scoping snippets verbatim and says what real TF 1.15 would do.")
    .exitOverride();
  program.command("run").description("run a Python program as `python FILE.py` would with TensorFlow installed");
  program.command("check").description("check the Python snippets of documents (default: the bundled snippets/ corpus)");
  program.command("explain").description("say why every scope, op, variable and exception of a snippet is what it is");
  program.command("upgrade").description("rewrite a TF 1.x program for TF 2.x as tf_upgrade_v2 does; --compare runs both versions");
  program.command("test").description("run a TensorFlow unittest module (e.g. TF 1.15's variable_scope_test.py)");
  try {
    program.parse(argv, { from: "user" });
    program.help();
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return 0;
}

async function runCommand(argv: string[]): Promise<number> {
  const program = new Command("run")
    .description("run a Python program as `python FILE.py` would with TensorFlow installed")
    .argument("[file]", "the program; - for standard input")
    .option("-c <code>", "program passed in as a string")
    .addOption(new Option("--tf <version>", "TensorFlow profile").choices(["1.15", "2", "0.12"]).default("1.15"))
    .option("--python2", "run with Python 2 print statements")
    .exitOverride();
  try {
    program.parse(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const opts = program.opts<{ c?: string; tf: "1.15" | "2" | "0.12"; python2?: boolean }>();
  const file = program.args[0];
  let source: string;
  let filename: string;
  if (opts.c !== undefined) {
    source = opts.c;
    filename = "<string>";
  } else if (file === undefined) {
    process.stderr.write("tfscope run: give a FILE, - for standard input, or -c CODE\n");
    return 2;
  } else {
    try {
      source = file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
    } catch (e) {
      process.stderr.write(`tfscope run: can't open file '${file}': ${(e as NodeJS.ErrnoException).code ?? e}\n`);
      return 2;
    }
    filename = file === "-" ? "<stdin>" : file;
  }
  const { runTf } = await import("./shim/run.js");
  const r = runTf(source, {
    filename,
    profile: opts.tf,
    python2: opts.python2 ? true : "auto",
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
  return r.exitCode;
}

/** Runs the command line `argv` (what follows `tfscope`) and sets the process's exit status. */
export function start(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`tfscope: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}

// While `npm run build` takes the start-up snapshot (snapshot.ts) this module is only loaded, not run.
if (!startupSnapshot.isBuildingSnapshot()) start(process.argv.slice(2));

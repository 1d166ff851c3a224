#!/usr/bin/env node
/**
 * The `tfscope` command: thin wiring of the library's entry points to the command line.
 *   tfscope run FILE.py | -c CODE | -     run a program as `python FILE.py` would with TF installed
 *   tfscope run FILE.ipynb                 run a notebook's code cells in order, as one program
 *   tfscope check [PATHS...]              check documents' snippets (default: the bundled corpus)
 *   tfscope explain FILE.py | DOC:LINE    say why every name and exception is what it is
 *   tfscope test PATH [--select C.m]      run a TF unittest module unchanged
 *   tfscope upgrade FILE.py [--compare]   rewrite for TF 2.x as tf_upgrade_v2 does, and run both
 *   tfscope help CMD                      that command's help
 */
import { Command, CommanderError } from "commander";
import { exitWith, runCommand, takeDebug } from "./cli-run.js";

const VERSION = "0.1.0";

const COMMANDS = ["run", "check", "explain", "test", "upgrade"];

async function main(args: string[]): Promise<number> {
  const argv = takeDebug(args);
  // `tfscope help CMD` is `tfscope CMD --help`.
  if (argv[0] === "help" && argv[1] !== undefined && COMMANDS.includes(argv[1])) return main([argv[1], "--help"]);
  const [cmd, ...rest] = argv;
  // Each command loads only its own modules, so `tfscope run` starts fast.
  if (cmd === "check") {
    const [{ checkCommand }, { tfSessionFactory, timedSessionFactory }, { explainForCheck }, { checkInWorkers, defaultJobs }] = await Promise.all([
      import("./docs/cli-check.js"),
      import("./shim/session.js"),
      import("./explain/document.js"),
      import("./check-jobs.js"),
    ]);
    const timeout = takeTimeout(rest);
    if (timeout === null) return 2;
    const sessionFactory = timeout === undefined ? tfSessionFactory : timedSessionFactory(timeout);
    // The worker is bundled beside this file (package.json's build); under vitest it is not built.
    const workerFile = new URL("./check-worker.js", import.meta.url);
    return checkCommand(rest, {
      stdout: process.stdout,
      stderr: process.stderr,
      sessionFactory,
      explain: explainForCheck,
      stdinIsTTY: !!process.stdin.isTTY,
      ask: askOnTerminal,
      parallel: { defaultJobs: defaultJobs(), run: (paths, jobs, settings, onDocument, local) => checkInWorkers(workerFile, paths, jobs, { ...settings, timeout }, onDocument, local) },
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

/** `check --timeout S` (seconds per snippet), taken out of argv before the checker reads its options;
 * null after a bad value. */
function takeTimeout(argv: string[]): number | undefined | null {
  const k = argv.findIndex((a) => a === "--timeout" || a.startsWith("--timeout="));
  if (k < 0) return undefined;
  const inline = argv[k]!.startsWith("--timeout=");
  const v = inline ? argv[k]!.slice("--timeout=".length) : argv[k + 1];
  argv.splice(k, inline ? 1 : 2);
  const n = Number(v);
  if (v !== undefined && n > 0) return n;
  process.stderr.write("tfscope check: --timeout takes a positive number of seconds\n");
  return null;
}

exitWith(main(process.argv.slice(2)));

/** One question on the terminal (`check --fix --interactive`); null when input ends. */
async function askOnTerminal(question: string): Promise<string | null> {
  const { createInterface } = await import("node:readline");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await new Promise<string | null>((resolve) => {
      rl.once("close", () => resolve(null));
      rl.question(question, resolve);
    });
  } finally {
    rl.close();
  }
}

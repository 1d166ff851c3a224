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
import { readFileSync, statSync } from "node:fs";
import { startupSnapshot } from "node:v8";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { parseCommandLine } from "./command-line.js";

const VERSION = "0.1.0";

const COMMANDS = ["run", "check", "explain", "test", "upgrade"];

async function main(args: string[]): Promise<number> {
  // --debug: an internal error shows its JS stack (the interpreter reads TFSCOPE_DEBUG).
  const argv = args.filter((a) => a !== "--debug");
  if (argv.length < args.length) process.env.TFSCOPE_DEBUG = "1";
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

type RunOptions = { c?: string; tf: "1.15" | "2" | "0.12"; python2?: boolean; timeout?: number };

async function runCommand(argv: string[]): Promise<number> {
  // `run FILE ARGS...`, the common case, needs no option parsing (what follows FILE is the program's):
  // building commander's parser would be most of a snapshot start's own work.
  if (argv[0] !== undefined && argv[0] !== "" && !argv[0].startsWith("-")) return runProgram({ tf: "1.15" }, argv);
  const program = new Command("tfscope run")
    .description("run a Python program as `python FILE.py` would with TensorFlow installed")
    .argument("[file]", "the program; - for standard input")
    .argument("[args...]", "arguments for the program (its sys.argv[1:])")
    .option("-c <code>", "program passed in as a string")
    .addOption(new Option("--tf <version>", "TensorFlow profile").choices(["1.15", "2", "0.12"]).default("1.15"))
    .option("--python2", "run with Python 2 print statements")
    .option("--timeout <seconds>", "stop the program after this many seconds, as at the step limit", seconds)
    // As with python: options after the program are the program's.
    .passThroughOptions()
    .exitOverride();
  const usage = parseCommandLine(program, argv);
  if (usage !== null) return usage;
  return runProgram(program.opts<RunOptions>(), program.args);
}

/** Runs the program `opts` and the positional arguments name (`[FILE, ...args]`, or the args of -c). */
async function runProgram(opts: RunOptions, positional: string[]): Promise<number> {
  let source: string;
  let filename: string;
  let argvOut: string[];
  if (opts.c !== undefined) {
    source = opts.c;
    filename = "<string>";
    // python -c CODE a b: sys.argv is ['-c', 'a', 'b'] (and the first positional is an argument, not a file).
    argvOut = ["-c", ...positional];
  } else if (positional[0] === undefined) {
    process.stderr.write("tfscope run: give a FILE, - for standard input, or -c CODE\n");
    return 2;
  } else {
    const [file, ...args] = positional as [string, ...string[]];
    const read = readSource(file);
    if (typeof read !== "string") {
      process.stderr.write(`tfscope: cannot open '${file}': ${read.why}\n`);
      return 2;
    }
    source = read;
    filename = file === "-" ? "<stdin>" : file;
    argvOut = [file === "-" ? "-" : file, ...args];
    if (/\.ipynb$/i.test(file)) {
      // A notebook is data: its code cells in order are the program (never its JSON run as Python).
      const { notebookScript } = await import("./docs/formats/notebook-script.js");
      const nb = notebookScript(read);
      if ("error" in nb) {
        process.stderr.write(`tfscope run: ${file}: ${nb.error}\n`);
        return 2;
      }
      for (const n of nb.notes) process.stderr.write(`tfscope run: ${file}: ${n}\n`);
      source = nb.source;
      if (nb.python2 && !opts.python2) opts.python2 = true;
    }
  }
  const { runTf } = await import("./shim/run.js");
  const r = runTf(source, {
    filename,
    profile: opts.tf,
    python2: opts.python2 ? true : "auto",
    argv: argvOut,
    limits: opts.timeout === undefined ? undefined : { seconds: opts.timeout },
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
  return r.exitCode;
}

/** A program's text, or why it cannot be read, in the words `python` uses (strerror of the errno). */
function readSource(file: string): string | { why: string } {
  try {
    if (file !== "-" && statSync(file).isDirectory()) return { why: "Is a directory" };
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why: Record<string, string> = { ENOENT: "No such file or directory", EACCES: "Permission denied", EISDIR: "Is a directory", ENOTDIR: "Not a directory" };
    return { why: (code && why[code]) ?? (e instanceof Error ? e.message : String(e)) };
  }
}

function seconds(v: string): number {
  const n = Number(v);
  if (!(n > 0)) throw new InvalidArgumentError("give a positive number of seconds");
  return n;
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

/**
 * Runs the command line `argv` (what follows `tfscope`) and sets the process's exit status: 0 ok, 1 a
 * Python/TF error or a failed check, 2 usage. An exception escaping the library is a bug in tfscope: it
 * is reported as one (status 1), the JS stack with --debug.
 */
export function start(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const stack = process.env.TFSCOPE_DEBUG && e instanceof Error ? `\n${e.stack}` : "";
      process.stderr.write(
        `tfscope: internal error: ${e instanceof Error ? e.message : String(e)}${stack}\n` +
          `(a bug in tfscope, not in the input: please report it with the command line and its input files attached)\n`,
      );
      process.exitCode = 1;
    },
  );
}

// While `npm run build` takes the start-up snapshot (snapshot.ts) this module is only loaded, not run.
if (!startupSnapshot.isBuildingSnapshot()) start(process.argv.slice(2));

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

#!/usr/bin/env node
/**
 * The `tfscope` command: thin wiring of the library's entry points to the command line.
 *   tfscope run FILE.py | -c CODE | -     run a program as `python FILE.py` would with TF installed
 *   tfscope check [PATHS...]              check documents' snippets (default: the bundled corpus)
 *   tfscope explain FILE.py | DOC:LINE    say why every name and exception is what it is
 *   tfscope test PATH [--select C.m]      run a TF unittest module unchanged
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";

const VERSION = "0.1.0";

async function main(args: string[]): Promise<number> {
  // --debug: an internal error shows its JS stack (the interpreter reads TFSCOPE_DEBUG).
  const argv = args.filter((a) => a !== "--debug");
  if (argv.length < args.length) process.env.TFSCOPE_DEBUG = "1";
  const [cmd, ...rest] = argv;
  // Each command loads only its own modules, so `tfscope run` starts fast.
  if (cmd === "check") {
    const [{ checkCommand }, { tfSessionFactory, timedSessionFactory }, { explainForCheck }] = await Promise.all([
      import("./docs/cli-check.js"),
      import("./shim/session.js"),
      import("./explain/document.js"),
    ]);
    const timeout = takeTimeout(rest);
    if (timeout === null) return 2;
    const sessionFactory = timeout === undefined ? tfSessionFactory : timedSessionFactory(timeout);
    return checkCommand(rest, { stdout: process.stdout, stderr: process.stderr, sessionFactory, explain: explainForCheck });
  }
  if (cmd === "explain") {
    const { explainCommand } = await import("./explain/command.js");
    return explainCommand(rest, { stdout: process.stdout, stderr: process.stderr });
  }
  if (cmd === "run") return runCommand(rest);
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
    .option("--timeout <seconds>", "stop the program after this many seconds, as at the step limit", seconds)
    .exitOverride();
  try {
    program.parse(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const opts = program.opts<{ c?: string; tf: "1.15" | "2" | "0.12"; python2?: boolean; timeout?: number }>();
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
    limits: opts.timeout === undefined ? undefined : { seconds: opts.timeout },
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
  return r.exitCode;
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

// Exit status: 0 ok, 1 a Python/TF error or a failed check, 2 usage. An exception escaping the library is
// a bug in tfscope: it is reported as one (status 1), the JS stack with --debug.
main(process.argv.slice(2)).then(
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

/**
 * The options of `tfscope run` (`-c CODE`, `--tf`, `--python2`, `--timeout`), parsed with commander. Only a
 * run given options loads this (cli-run.ts imports it on demand): the start-up snapshot, which holds the
 * `run` path, then holds no commander, and `run FILE` never needs it.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import type { RunOptions } from "./cli-run.js";
import { parseCommandLine } from "./command-line.js";

/** The options and positional arguments (`[FILE, ...args]`, or the args of -c) of `run`'s command line,
 * or the exit status of a usage error or of --help. */
export function parseRunOptions(argv: string[]): { opts: RunOptions; args: string[] } | number {
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
  return { opts: program.opts<RunOptions>(), args: program.args };
}

function seconds(v: string): number {
  const n = Number(v);
  if (!(n > 0)) throw new InvalidArgumentError("give a positive number of seconds");
  return n;
}

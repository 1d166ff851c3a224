/**
 * `tfscope run`: the command line of a program run (`run FILE ARGS...`, `-c CODE`, `-`, a notebook, the
 * profile options), and the exit status every command ends with. The start-up snapshot (snapshot.ts)
 * holds this path only, so it imports no other command.
 */
import { readFileSync, statSync } from "node:fs";

/** The command line without `--debug`, which may stand anywhere: with it, an internal error shows its JS
 * stack (the interpreter reads TFSCOPE_DEBUG). */
export function takeDebug(args: string[]): string[] {
  const argv = args.filter((a) => a !== "--debug");
  if (argv.length < args.length) process.env.TFSCOPE_DEBUG = "1";
  return argv;
}

/** Which standard streams this command wrote to: a start from the snapshot waits for those only before it
 * ends (exitWith). Reading `process.stderr` makes Node build that stream, which for a pipe or terminal
 * loads and compiles its `net` module (~3 ms a start that prints nothing there would pay for nothing). */
const wrote = { out: false, err: false };
function out(s: string): void {
  wrote.out = true;
  process.stdout.write(s);
}
function err(s: string): void {
  wrote.err = true;
  process.stderr.write(s);
}

export type RunOptions = { c?: string; tf: "1.15" | "2" | "0.12"; python2?: boolean; timeout?: number };

export async function runCommand(argv: string[]): Promise<number> {
  // `run FILE ARGS...`, the common case, needs no option parsing (what follows FILE is the program's):
  // building commander's parser would be most of a snapshot start's own work, and loading commander is
  // left to the runs that have options (cli-run-options.ts), so the start-up snapshot does not hold it.
  if (argv[0] !== undefined && argv[0] !== "" && !argv[0].startsWith("-")) return runProgram({ tf: "1.15" }, argv);
  // Option parsing (commander) may print to either stream itself.
  wrote.out = wrote.err = true;
  const { parseRunOptions } = await import("./cli-run-options.js");
  const parsed = parseRunOptions(argv);
  if (typeof parsed === "number") return parsed;
  return runProgram(parsed.opts, parsed.args);
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
    err("tfscope run: give a FILE, - for standard input, or -c CODE\n");
    return 2;
  } else {
    const [file, ...args] = positional as [string, ...string[]];
    const read = readSource(file);
    if (typeof read !== "string") {
      err(`tfscope: cannot open '${file}': ${read.why}\n`);
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
        err(`tfscope run: ${file}: ${nb.error}\n`);
        return 2;
      }
      for (const n of nb.notes) err(`tfscope run: ${file}: ${n}\n`);
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
    stdout: out,
    stderr: err,
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

/**
 * Sets the process's exit status from a command's result: 0 ok, 1 a
 * Python/TF error or a failed check, 2 usage. An exception escaping the library is a bug in tfscope: it
 * is reported as one (status 1), the JS stack with --debug. With `exitSoon` (a start from the snapshot), a
 * result ends the process once standard output and error have taken everything written to them, without
 * the teardown of the heap a normal end does (a few ms of a short run); a failed write leaves the end to
 * Node as ever (its 'error' event).
 */
export function exitWith(status: Promise<number>, exitSoon = false): void {
  status.then(
    (code) => {
      process.exitCode = code;
      if (exitSoon) exitWhenWritten([...(wrote.out ? [process.stdout] : []), ...(wrote.err ? [process.stderr] : [])]);
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

/** Ends the process once each of `streams` has written all it was given: a write's callback runs once it
 * and every write before it are done (a pipe may still be writing). A failed write leaves the end to Node. */
function exitWhenWritten(streams: NodeJS.WriteStream[]): void {
  const s = streams.shift();
  if (s === undefined) process.exit();
  else s.write("", (e) => void (e || exitWhenWritten(streams)));
}


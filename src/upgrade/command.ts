/**
 * `tfscope upgrade FILE.py`: rewrites a TF 1.x program for TF 2.x as TF 1.15's `tf_upgrade_v2` does,
 * prints the script's log and summary, and with `--compare` runs the original under TF 1.15 and the
 * upgrade under TF 2.x to show what the migration changed (names, outputs, exceptions).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { type CommandIO, commandFor, parseCommandLine } from "../command-line.js";
import { unifiedDiff } from "../docs/compare.js";
import { runTf, type RunTfResult } from "../shim/run.js";
import { type LogEntry, upgradeSource } from "./upgrade.js";

export type UpgradeIO = CommandIO;

/**
 * Resolves to the exit status: 0 when the file was upgraded (and, with --compare, both runs printed
 * the same), 1 when it could not be upgraded or the runs differ, 2 on a usage error.
 */
export async function upgradeCommand(argv: readonly string[], io: UpgradeIO): Promise<number> {
  const program = commandFor("tfscope upgrade", io)
    .description("Rewrite a TensorFlow 1.x program for TensorFlow 2.x as TF 1.15's tf_upgrade_v2 does; --compare runs both versions.")
    .argument("<file>", "the Python program (.py)")
    .option("-o, --outfile <file>", "write the upgraded program to <file> instead of standard output")
    .option("--diff", "print a unified diff of the change instead of the upgraded program")
    .option("--compare", "run the original under TF 1.15 and the upgrade under TF 2.x, and show what differs");
  const usage = parseCommandLine(program, argv);
  if (usage !== null) return usage;
  const opts = program.opts<{ outfile?: string; diff?: boolean; compare?: boolean }>();
  const file = program.args[0]!;
  if (!file.endsWith(".py")) {
    io.stderr.write(`tfscope upgrade: unsupported: ${file} is not a .py file (tf_upgrade_v2's notebook mode is not reproduced)\n`);
    return 1;
  }
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (e) {
    io.stderr.write(`tfscope upgrade: can't open file '${file}': ${(e as NodeJS.ErrnoException).code ?? e}\n`);
    return 2;
  }
  const r = upgradeSource(source, file);
  if (!r.parsed) {
    io.stderr.write(`${file}: ERROR: Failed to parse.\n`);
    return 1;
  }
  // The visitor prints each log line as it goes (ast_edits.add_log), then tf_upgrade_v2_main its summary.
  for (const l of r.log) io.stderr.write(`${l.level} line ${l.line}:${l.col}: ${l.message}\n`);
  if (r.unsupported.length) {
    for (const u of r.unsupported) io.stderr.write(`tfscope upgrade: unsupported: ${u}\n`);
    io.stderr.write("tfscope upgrade: the file was not upgraded: tf_upgrade_v2 would rewrite it in ways tfscope does not reproduce\n");
    return 1;
  }
  io.stderr.write(summary(file, r.log));
  if (opts.diff) io.stdout.write(unifiedDiff(source, r.text).replace(/^--- document$/m, `--- ${file}`).replace(/^\+\+\+ tfscope$/m, `+++ ${file} (TF 2.x)`) + "\n");
  else if (opts.outfile) writeFileSync(opts.outfile, r.text);
  else io.stdout.write(r.text);
  if (!opts.compare) return 0;
  return compareRuns(file, source, r.text, io);
}

/** tf_upgrade_v2_main's report header and its list of issues (warnings and errors). */
function summary(file: string, log: LogEntry[]): string {
  const issues = log.filter((l) => l.level !== "INFO").map((l) => `${file}:${l.line}:${l.col}: ${l.level}: ${l.message}`);
  const rule = "-".repeat(80) + "\n";
  let text = "TensorFlow 2.0 Upgrade Script\n-----------------------------\nConverted 1 files\n" + `Detected ${issues.length} issues that require attention\n` + rule;
  if (issues.length) text += rule + `File: ${file}\n` + rule + issues.join("\n") + "\n";
  return text;
}

/** Runs both versions and reports what the migration changed. */
function compareRuns(file: string, before: string, after: string, io: UpgradeIO): number {
  const quiet = { stdout: () => {}, stderr: () => {} };
  const v1 = runTf(before, { filename: file, profile: "1.15", ...quiet });
  const v2 = runTf(after, { filename: file, profile: "2", ...quiet });
  const shown = (x: RunTfResult) => x.stdout + (x.exception ? `${x.exception.type}: ${x.exception.message}\n` : "") + (x.unsupported ? `unsupported: ${x.unsupported.feature}\n` : "");
  const [a, b] = [shown(v1), shown(v2)];
  io.stdout.write("\n== TF 1.15 (original) vs TF 2.x (upgraded)\n");
  if (v1.unsupported || v2.unsupported) {
    io.stdout.write(`not compared: unsupported: ${(v1.unsupported ?? v2.unsupported)!.feature}\n`);
    return 1;
  }
  if (a === b) {
    io.stdout.write(`same output (${a.split("\n").length - 1} lines)${v1.nondeterministic || v2.nondeterministic ? "; random values were drawn, so numbers may differ by run" : ""}\n`);
    return 0;
  }
  io.stdout.write(unifiedDiff(a, b).replace(/^--- document$/m, "--- TF 1.15").replace(/^\+\+\+ tfscope$/m, "+++ TF 2.x (upgraded)") + "\n");
  return 1;
}

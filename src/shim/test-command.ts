/**
 * `tfscope test PATH [--select Class.method ...]`: runs a Python unittest module (TensorFlow's own
 * tests, unchanged) and prints one line per result, the traceback of each failure and error, and a
 * last line `N passed, N failed, N skipped` (errors count as failed). Exit status 0 when nothing
 * failed, 1 otherwise, 2 for a usage error or a module that does not load.
 */
import { readFileSync } from "node:fs";
import { type CommandIO, commandFor, parseCommandLine } from "../command-line.js";
import { type TestResult, runTestModule } from "./testing.js";

export type TestCommandIO = CommandIO;

const LABEL: Record<TestResult["status"], string> = { pass: "ok", fail: "FAIL", error: "ERROR", skip: "skipped" };

/** One result line: `Class.method (graph) ... ok`, with the reason of anything but a pass. */
export function formatResult(r: TestResult): string {
  const mode = r.mode ? ` (${r.mode})` : "";
  const reason = r.status === "pass" || !r.reason ? "" : `: ${r.reason}`;
  return `${r.class}.${r.method}${mode} ... ${LABEL[r.status]}${reason}`;
}

export async function testCommand(argv: string[], io: TestCommandIO): Promise<number> {
  const program = commandFor("test", io)
    .description("run a Python unittest module (such as TensorFlow's own tests) and report every test method")
    .argument("<path>", "the test module, e.g. tensorflow/python/kernel_tests/variable_scope_test.py")
    .option("--select <names...>", "run only these: Class or Class.method");
  const usage = parseCommandLine(program, argv);
  if (usage !== null) return usage;
  const path = program.args[0]!;
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (e) {
    io.stderr.write(`tfscope test: can't open file '${path}': ${(e as NodeJS.ErrnoException).code ?? e}\n`);
    return 2;
  }
  const report = runTestModule(source, { filename: path, select: program.opts<{ select?: string[] }>().select });
  if (report.loadError !== undefined) {
    io.stderr.write(`tfscope test: ${path} did not load:\n${report.loadError}\n`);
    return 2;
  }
  for (const r of report.results) io.stdout.write(`${formatResult(r)}\n`);
  for (const r of report.results) {
    if (r.status !== "fail" && r.status !== "error") continue;
    io.stdout.write(`${"=".repeat(70)}\n${LABEL[r.status]}: ${r.class}.${r.method}${r.mode ? ` (${r.mode})` : ""}\n${"-".repeat(70)}\n`);
    io.stdout.write(`${r.traceback ?? r.reason ?? ""}\n`);
  }
  const c = report.counts;
  io.stdout.write(`${c.passed} passed, ${c.failed + c.errors} failed, ${c.skipped} skipped\n`);
  return c.failed + c.errors > 0 ? 1 : 0;
}

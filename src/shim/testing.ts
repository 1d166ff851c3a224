/**
 * `tfscope test`'s library: runs a Python unittest module (TensorFlow's own tests, unchanged) in a
 * fresh interpreter with TensorFlow installed and reports every test method: pass, fail, error or
 * skip, with its reason and traceback. Methods decorated with `run_in_graph_and_eager_modes` give two
 * results: the graph half as run, and the eager half as skipped (tfscope runs graph mode only).
 */
import { createTfHost } from "./host.js";
import { type PyValue, asList, isNone, pyList, pyStr, toJs } from "../python/index.js";

export type TestStatus = "pass" | "fail" | "error" | "skip";

export interface TestResult {
  class: string;
  method: string;
  /** "graph" or "eager" for the two halves of a run_in_graph_and_eager_modes method. */
  mode?: "graph" | "eager";
  status: TestStatus;
  reason?: string;
  traceback?: string;
}

export interface TestCounts {
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
}

export interface TestModuleReport {
  results: TestResult[];
  counts: TestCounts;
  /** Set when the module itself could not be loaded (then `results` is empty). */
  loadError?: string;
  /** What the module and its tests printed. */
  stdout: string;
  stderr: string;
}

export interface RunTestModuleOptions {
  filename: string;
  /** `Class` or `Class.method` entries; empty or absent runs everything. */
  select?: string[];
}

/** The module name the test source runs under: not `__main__`, so its `test.main()` call stays idle. */
function moduleName(filename: string): string {
  const base = filename.replace(/\\/g, "/").split("/").pop() ?? "test";
  return base.replace(/\.py$/, "").replace(/[^A-Za-z0-9_]/g, "_") || "test";
}

// gc (absent from the interpreter's stdlib): TF's tearDown methods call gc.collect() and check
// gc.garbage, the list of uncollectable cycles, which a JS-collected heap never has.
const GC_MODULE = "def collect(generation=2):\n    return 0\n\ngarbage = []\n";

/** Runs the unittest module `source`; never throws for anything the Python side does. */
export function runTestModule(source: string, options: RunTestModuleOptions): TestModuleReport {
  const out: string[] = [];
  const err: string[] = [];
  const host = createTfHost({ stdout: (s) => out.push(s), stderr: (s) => err.push(s), argv: [options.filename] });
  const py = host.py;
  try {
    py.importModule("gc");
  } catch {
    py.registerModule("gc", GC_MODULE, { internal: true });
  }
  const ns = py.newNamespace(moduleName(options.filename));
  const loaded = py.runSource(source, { filename: options.filename, globals: ns });
  const empty = { passed: 0, failed: 0, errors: 0, skipped: 0 };
  if (loaded.exception || loaded.unsupported || loaded.syntaxError) {
    const why = loaded.exception?.traceback ?? (loaded.unsupported ? `unsupported: ${loaded.unsupported.feature}` : loaded.syntaxError?.message ?? "");
    return { results: [], counts: empty, loadError: why, stdout: out.join(""), stderr: err.join("") };
  }
  const tftest = py.importModule("_tftest");
  const select = pyList((options.select ?? []).map((s) => pyStr(s)));
  const rows = py.call(py.getAttr(tftest, "run_module"), [py.getAttr(ns, "__dict__"), select]);
  const results = asList(rows).map(toResult);
  return { results, counts: countResults(results), stdout: out.join(""), stderr: err.join("") };
}

function toResult(row: PyValue): TestResult {
  const [cls, method, mode, status, reason, traceback] = asList(row);
  const r: TestResult = { class: String(toJs(cls!)), method: String(toJs(method!)), status: toJs(status!) as TestStatus };
  if (!isNone(mode!)) r.mode = toJs(mode!) as "graph" | "eager";
  if (!isNone(reason!)) r.reason = String(toJs(reason!));
  if (!isNone(traceback!)) r.traceback = String(toJs(traceback!));
  return r;
}

/** Tallies results by status. */
export function countResults(results: readonly TestResult[]): TestCounts {
  const c = { passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const r of results) {
    if (r.status === "pass") c.passed++;
    else if (r.status === "fail") c.failed++;
    else if (r.status === "error") c.errors++;
    else c.skipped++;
  }
  return c;
}

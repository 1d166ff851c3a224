/**
 * `tfscope test`'s library: runs a Python unittest module (TensorFlow's own tests, unchanged) in a
 * fresh interpreter with TensorFlow installed and reports every test method: pass, fail, error or
 * skip, with its reason and traceback. Methods decorated with `run_in_graph_and_eager_modes` give two
 * results: the graph half as run, and the eager half as skipped (tfscope runs graph mode only).
 */
import { createTfHost } from "./host.js";
import { type PyValue, asList, isNone, pyList, pyStr, standsIn, toJs } from "../python/index.js";

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

// Stand-ins for stdlib modules the interpreter lacks (requested from its owners): every TF test
// starts with `from __future__ import ...`, and TF's tearDown methods call gc.collect() and check
// gc.garbage, the list of uncollectable cycles, which a JS-collected heap never has.
const MISSING_STDLIB: [string, string][] = [
  ["__future__", "absolute_import = division = print_function = unicode_literals = generator_stop = annotations = None\n"],
  ["gc", "def collect(generation=2):\n    return 0\n\ngarbage = []\n"],
];

/** Runs the unittest module `source`; never throws for anything the Python side does. */
export function runTestModule(source: string, options: RunTestModuleOptions): TestModuleReport {
  const out: string[] = [];
  const err: string[] = [];
  const host = createTfHost({ stdout: (s) => out.push(s), stderr: (s) => err.push(s), argv: [options.filename] });
  const py = host.py;
  for (const [name, src] of MISSING_STDLIB) {
    // A stdlib module the interpreter lacks imports as a stand-in (every use of it unsupported):
    // the tests get these small ones instead.
    if (standsIn(name)) {
      py.registerModule(name, src, { internal: true });
      continue;
    }
    try {
      py.importModule(name);
    } catch {
      py.registerModule(name, src, { internal: true });
    }
  }
  // The driver's own namespace: imports need a running frame, so they happen through runSource.
  const driver = py.newNamespace("_tftest_driver");
  py.runSource("import _tftest\n_tftest.set_loading(True)\n", { filename: "<tftest>", globals: driver });
  const tftest = py.getAttr(driver, "_tftest");
  const ns = py.newNamespace(moduleName(options.filename));
  const loaded = py.runSource(source, { filename: options.filename, globals: ns });
  py.call(py.getAttr(tftest, "set_loading"), [false]);
  const empty = { passed: 0, failed: 0, errors: 0, skipped: 0 };
  if (loaded.exception || loaded.unsupported || loaded.syntaxError) {
    const why = loaded.exception?.traceback ?? (loaded.unsupported ? `unsupported: ${loaded.unsupported.feature}` : loaded.syntaxError?.message ?? "");
    return { results: [], counts: empty, loadError: why, stdout: out.join(""), stderr: err.join("") };
  }
  const dict = py.getAttr(ns, "__dict__");
  const select = pyList((options.select ?? []).map((s) => pyStr(s)));
  const results: TestResult[] = [];
  const tests = asList(py.call(py.getAttr(tftest, "plan"), [dict, select])).map((t) => asList(t));
  const byClass = new Map<string, [string, boolean][]>();
  for (const [cls, method, both] of tests) {
    const key = String(toJs(cls!));
    if (!byClass.has(key)) byClass.set(key, []);
    byClass.get(key)!.push([String(toJs(method!)), toJs(both!) === true]);
  }
  const call = (fname: string, args: PyValue[]): PyValue[] | null => {
    // A JS exception escaping the interpreter is a tfscope bug: it fails this test, not the run.
    try {
      const r = py.call(py.getAttr(tftest, fname), args);
      return isNone(r) ? null : asList(r);
    } catch (e) {
      return ["error", `tfscope internal error: ${e instanceof Error ? e.message : String(e)}`, e instanceof Error ? (e.stack ?? "") : ""];
    }
  };
  for (const [cls, methods] of byClass) {
    const setup = call("run_class_hook", [dict, cls, "setUpClass"]);
    for (const [method, both] of methods) {
      const before = err.length;
      const row = setup ?? call("run_method", [dict, cls, method])!;
      const r = threadVerdict(toResult(cls, method, row), err.slice(before).join(""));
      if (!both) {
        results.push(r);
        continue;
      }
      results.push({ ...r, mode: "graph" });
      results.push({ class: cls, method, mode: "eager", status: "skip", reason: String(toJs(py.getAttr(tftest, "EAGER_REASON"))) });
    }
    const teardown = call("run_class_hook", [dict, cls, "tearDownClass"]);
    if (teardown !== null) results.push(toResult(cls, "tearDownClass", teardown));
  }
  return { results, counts: countResults(results), stdout: out.join(""), stderr: err.join("") };
}

function toResult(cls: string, method: string, row: PyValue[]): TestResult {
  const [status, reason, traceback] = row;
  const r: TestResult = { class: cls, method, status: toJs(status!) as TestStatus };
  if (!isNone(reason!)) r.reason = String(toJs(reason!));
  if (!isNone(traceback!)) r.traceback = String(toJs(traceback!));
  return r;
}

/** A thread's uncaught exception only prints (threading.Thread's default excepthook), so a thread that
 *  reached an unimplemented feature would leave its test passing without having done its work: such a
 *  test is an error, whatever the main thread saw. */
function threadVerdict(r: TestResult, stderr: string): TestResult {
  const m = /^tfscope\.TfscopeUnsupported: unsupported by tfscope: (.*)$/m.exec(stderr);
  if (m === null || r.status === "error" || r.status === "skip") return r;
  return { ...r, status: "error", reason: `unsupported (in a thread): ${m[1]}`, traceback: stderr };
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

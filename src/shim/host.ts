/**
 * An interpreter with TensorFlow and numpy installed: the engine's native modules, the shim's Python
 * modules (`py/`), and the engine's hooks (threads, tracebacks for "Originally defined at", warnings
 * on stderr, Python descriptions inside TF's messages).
 */
import { type Limits, PyHost, type PyValue, pyStr } from "../python/index.js";
import * as tf from "../tf/index.js";
import "../tf/ops/index.js";
import { setCheckpointFiles } from "../tf/train/saver-kernels.js";
import { Bridge } from "./bridge.js";
import { ErrorClasses } from "./errors.js";
import { NativeKit } from "./native.js";
import { buildNpModule } from "./np-module.js";
import { shimSources } from "./py-sources.js";
import { buildTfModule } from "./tf-module.js";
import { buildTestNatives } from "./test-natives.js";
import { LAZY_MODULE_SOURCE, tfModuleNames } from "./surface/index.js";

export type Profile = tf.Profile;

export interface TfHostOptions {
  profile?: Profile;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  limits?: Limits;
  python2?: boolean | "auto";
  /** sys.argv (`tfscope run FILE args...` gives `[FILE, ...args]`). */
  argv?: string[];
  /** Which paths open() may read (absent: none; see InterpreterOptions). */
  allowOpen?: (path: string, mode: string) => boolean;
  /** os.environ's starting contents (default empty). */
  environ?: Record<string, string>;
}

/** The interpreter plus the shim state a caller may inspect after a run. */
export interface TfHost {
  py: PyHost;
  kit: NativeKit;
  /** Re-installs this interpreter's engine hooks (threads, tracebacks, warnings, descriptions). */
  activate(): void;
  /** Whether anything printed so far may have depended on unseeded randomness, a clock or the process id. */
  nondeterministic(): boolean;
  /** How many values sessions fetched that approximate kernels computed (tf/kernels' `inexact`). */
  inexactFetches(): number;
}

let hostsMade = 0;

/** How many hosts this process has made: a host whose engine state is still the current one is the
 * last made (each resets the process-wide TF runtime and hooks). */
export function tfHostsMade(): number {
  return hostsMade;
}

/** A fresh interpreter with a fresh TF runtime for `profile` (default TF 1.15). */
export function createTfHost(options: TfHostOptions = {}): TfHost {
  const profile = options.profile ?? "1.15";
  hostsMade++;
  tf.resetRuntime(profile);
  const py = new PyHost({
    stdout: options.stdout,
    stderr: options.stderr,
    limits: options.limits,
    python2: options.python2,
    argv: options.argv,
    allowOpen: options.allowOpen,
    environ: options.environ,
  });
  const bridge = new Bridge(py);
  const errors = new ErrorClasses(py, (o) => bridge.toPy(o));
  const kit = new NativeKit(py, bridge, errors);
  py.registerNativeModule("_tf", (m) => {
    buildTfModule(kit, m);
    m.fn("profile", () => tf.currentProfile());
    m.fn("unsupported", (a) => {
      throw kit.errors.convert(new tf.Unsupported(py.str(a[0]!)));
    });
    m.fn("executing_eagerly", () => tf.executingEagerly());
    m.fn("disable_eager_execution", () => {
      tf.disableEagerExecution();
      return bridge.toPy(null);
    });
    m.fn("disable_v2_behavior", () => {
      tf.disableV2Behavior();
      return bridge.toPy(null);
    });
    m.fn("enable_eager_execution", () => {
      try {
        tf.enableEagerExecution();
      } catch (e) {
        throw kit.errors.convert(e);
      }
      return bridge.toPy(null);
    });
    m.fn("enable_v2_behavior", () => {
      if (tf.currentProfile() !== "2") throw kit.errors.convert(new tf.Unsupported("tf.enable_v2_behavior() under the TF 1.15 profile"));
      return bridge.toPy(null);
    });
  });
  py.registerNativeModule("_np", (m) => buildNpModule(kit, m));
  py.registerNativeModule("_tftest_native", (m) => buildTestNatives(kit, m));
  const shimModules = new Set<string>();
  for (const [name, source] of shimSources()) {
    py.registerModule(name, source, { internal: true });
    shimModules.add(name);
  }
  // TF's other internal modules import as lazy stubs, so code and tests that import them load.
  for (const name of tfModuleNames()) if (!shimModules.has(name)) py.registerModule(name, LAZY_MODULE_SOURCE, { internal: true });
  // Packages TF's pip package has that tfscope does not model: importing them binds a stand-in, whose
  // every use is unsupported. tf.keras arrived in TF 1.4; tensorflow.examples.tutorials (input_data)
  // ships with 1.15 as a dependency of tensorflow/python/debug's examples (tensorflow/python/debug/BUILD 476).
  if (profile !== "0.12") py.registerStandIn("tensorflow.keras");
  py.registerStandIn("tensorflow.examples");

  // The engine's hooks are process-wide: installed now, and again whenever this host is reused after
  // another was made (activate).
  const activate = () => {
    tf.setThreadIdProvider(() => py.currentThreadId());
    tf.setTracebackProvider(() => formatFrames(py));
    // Through TF's Python logger (tf_logging.py get_logger), whose level and handlers decide.
    tf.setLogger((line) => {
      py.call(py.getAttr(py.importModule("_tftf_logging"), "_engine_log"), [pyStr(line)]);
    });
    // C++ std::cout/std::cerr; in an IPython kernel (logging_ops.py registers PrintToPythonStdout as a
    // log listener on import) PrintV2's text goes to Python's sys.stdout instead.
    tf.setStreamWriter((which, text) => {
      if (which === "listeners") {
        if (!kit.interactiveLogging) return false;
        py.state.stdout(text);
        return true;
      }
      // An IPython kernel's own process streams reach the server's terminal, not the notebook.
      if (!kit.interactiveLogging) (which === "stdout" ? py.state.stdout : py.state.stderr)(text);
      return true;
    });
    setCheckpointFiles({
      state: (p) => py.state.files.state(p),
      read: (p) => py.state.files.read(p),
      writeOpaque: (p, what, data) => py.state.files.write(p, { kind: "opaque", what, data }),
      markDirs: (p) => py.state.files.markDirs(p),
    });
    tf.setPyDescriber({
      str: (x) => describe(py, bridge, x, "str"),
      typeRepr: (x) => describe(py, bridge, x, "type"),
    });
  };
  activate();
  return {
    py,
    kit,
    activate,
    // A clock, the process id or an unseeded `random` draw read by the program (python/state.ts) is noise too.
    nondeterministic: () => kit.randomUsed || py.state.runDependent || kit.sessions.some((s) => s.nondeterministic),
    inexactFetches: () => kit.sessions.reduce((n, s) => n + s.inexactFetches, 0),
  };
}

/** traceback.format_list of the user's frames, innermost first (as TF's `Originally defined at`). */
function formatFrames(py: PyHost): string[] {
  return py
    .currentFrames()
    .reverse()
    .map((f) => `  File "${f.filename}", line ${f.line}, in ${f.name}\n    ${f.lineText}\n`);
}

function describe(py: PyHost, bridge: Bridge, x: unknown, what: "str" | "type"): string {
  const v = isPy(x) ? (x as PyValue) : bridge.toPy(x);
  return what === "str" ? py.str(v) : py.str(py.getAttr(v, "__class__"));
}

function isPy(x: unknown): boolean {
  return typeof x === "number" || typeof x === "bigint" || typeof x === "string" || typeof x === "boolean" || (typeof x === "object" && x !== null && "cls" in x);
}

/**
 * The engine's runtime: which TF behaves (profile), eager or graph mode, each thread's default-graph
 * stack and implicit global graph, and the hooks the shim installs (warning logger, traceback source).
 * One Runtime is current; `resetRuntime` starts a fresh interpreter-level TF (as a new process would).
 */
import { tfError } from "./errors.js";
import { type ContextManager, Graph } from "./graph.js";
import { M } from "./messages.js";
import { ThreadLocal } from "./threads.js";

/** `1.15`: TF 1.15 graph mode. `2`: TF 2.x through `tf.compat.v1` (eager on, v2 shapes, resource
 *  variables). `0.12`: the pre-1.0 API surface (`op_scope`, `variable_op_scope`) on 1.15 semantics. */
export type Profile = "1.15" | "2" | "0.12";

interface GraphStack {
  stack: Graph[];
  // ops.py `_DefaultGraphStack`: a threading.local, so every thread lazily makes its OWN global graph.
  global: Graph | null;
}

/** The settings a profile implies; `disable_eager_execution`/`disable_v2_behavior` change them. */
export interface Behavior {
  /** Eager execution (TF 2.x default). */
  eager: boolean;
  /** tensor_shape `_v2_behavior`: shapes print `None` and index to ints. */
  v2Shapes: boolean;
  /** `_DEFAULT_USE_RESOURCE`: variables are ResourceVariables unless told otherwise. */
  resourceVariables: boolean;
}

/** A traceback line source for "Originally defined at": preformatted `traceback.format_list` entries,
 *  innermost first. */
export type TracebackProvider = () => readonly string[];

/** How the interpreter shows a foreign (Python) value inside a TF message. */
export interface PyDescriber {
  /** `str(x)` */
  str(x: unknown): string;
  /** `str(type(x))`, e.g. `<class 'int'>` */
  typeRepr(x: unknown): string;
}

const jsDescriber: PyDescriber = {
  str: (x) => String(x),
  typeRepr: (x) => `<class '${x === null ? "NoneType" : typeof x}'>`,
};

class Runtime {
  readonly behavior: Behavior;
  readonly graphs = new ThreadLocal<GraphStack>(() => ({ stack: [], global: null }));
  /** The eager context's `scope_name` (thread-local in context.py), e.g. `"a/b/"`. */
  readonly eagerScope = new ThreadLocal<string>(() => "");
  logger: (line: string) => void = () => {};
  /** The process's own streams, as C++ kernels write them (std::cerr, std::cout), and TF's log
   *  listeners ("listeners": true when one took the text, as LogToListeners returns). */
  stream: (which: StreamName, text: string) => boolean = () => false;
  traceback: TracebackProvider = () => [];
  describer: PyDescriber = jsDescriber;
  /** tensor_array.h `TensorArray::tensor_array_counter`: one counter for the process (the run). */
  tensorArrayCounter = 0;

  constructor(readonly profile: Profile) {
    const tf2 = profile === "2";
    this.behavior = { eager: tf2, v2Shapes: tf2, resourceVariables: tf2 };
  }
}

let rt = new Runtime("1.15");

/** Starts a fresh TF world for `profile`; hooks installed on the old runtime carry over. */
export function resetRuntime(profile: Profile = "1.15"): void {
  const old = rt;
  rt = new Runtime(profile);
  rt.logger = old.logger;
  rt.stream = old.stream;
  rt.traceback = old.traceback;
  rt.describer = old.describer;
}

/** The next `TensorArray::tensor_array_counter` value (TensorArrayV3's kernel names its array with it). */
export function nextTensorArrayId(): number {
  return rt.tensorArrayCounter++;
}

export function currentProfile(): Profile {
  return rt.profile;
}
/** The live behaviour flags (mutable: the shim flips them for `disable_eager_execution` and friends). */
export function behavior(): Behavior {
  return rt.behavior;
}
/** `tf.executing_eagerly()`: eager mode is on and no graph is entered with `as_default()` — TF's
 *  `_DefaultGraphStack.get_controller` enters `context.graph_mode()` (ops.py 5861-5868 in 2.10), so
 *  ops built inside `with g.as_default():` or `with tf.compat.v1.Session():` are graph ops. */
export function executingEagerly(): boolean {
  return rt.behavior.eager && rt.graphs.get().stack.length === 0;
}

/** TF 1.15 `tf.enable_eager_execution()` (ops.py 5713-5808): nothing once eager is the default; a
 *  ValueError once this thread's global graph exists ("graph mode has been used"). */
export function enableEagerExecution(): void {
  if (rt.behavior.eager) return;
  if (rt.graphs.get().global !== null) throw tfError(M.eagerNotAtStartup);
  rt.behavior.eager = true;
}

/** `tf.compat.v1.disable_eager_execution()`: graph mode, other TF2 behaviour kept. */
export function disableEagerExecution(): void {
  rt.behavior.eager = false;
}
/** `tf.compat.v1.disable_v2_behavior()`: graph mode, `?` shapes, RefVariables — TF 1.15 in effect. */
export function disableV2Behavior(): void {
  rt.behavior.eager = false;
  rt.behavior.v2Shapes = false;
  rt.behavior.resourceVariables = false;
}

/** Where warnings TF logs to stderr go (e.g. `op_scope`'s deprecation line). */
export function setLogger(logger: (line: string) => void): void {
  rt.logger = logger;
}
/** Logs a `WARNING:tensorflow:` line through the installed logger. */
export function logWarning(text: string): void {
  rt.logger(`WARNING:tensorflow:${text}`);
}
/** Where kernels write: the process's stdout and stderr (PrintOp's std::cerr, PrintV2's streams), and
 *  the log listeners (pywrap_tfe_src.cc TFE_Py_EnableInteractivePythonLogging: Python's sys.stdout in
 *  an IPython kernel). */
export type StreamName = "stdout" | "stderr" | "listeners";
export function setStreamWriter(writer: (which: StreamName, text: string) => boolean): void {
  rt.stream = writer;
}
/** Writes `text` as a C++ kernel does; for "listeners", whether a listener took it. */
export function writeStream(which: StreamName, text: string): boolean {
  return rt.stream(which, text);
}
/** Installs the source of user-code frames for "Originally defined at". */
export function setTracebackProvider(p: TracebackProvider): void {
  rt.traceback = p;
}
/** The current user-code traceback lines, innermost first. */
export function currentTraceback(): readonly string[] {
  return rt.traceback();
}

/** `tf.get_default_graph()`: the innermost `as_default` graph of this thread, else the thread's own
 *  global graph (created on first use). */
export function getDefaultGraph(): Graph {
  const s = rt.graphs.get();
  const n = s.stack.length;
  if (n > 0) return s.stack[n - 1]!;
  return (s.global ??= new Graph());
}

/** `graph.as_default()`: pushes `graph` on this thread's default-graph stack; `enter()` yields it.
 *  Exit raises AssertionError when another graph is on top (ops.py `get_controller`). */
export function asDefault(graph: Graph): ContextManager<Graph> {
  // A generator context manager: a second entry fails, an exit after the first does nothing.
  let state: "fresh" | "entered" | "done" = "fresh";
  return {
    enter: () => {
      if (state !== "fresh") throw tfError(M.generatorReentered);
      pushDefaultGraph(graph);
      state = "entered";
      return graph;
    },
    exit: () => {
      if (state !== "entered") return;
      state = "done";
      popDefaultGraph(graph);
    },
  };
}

/** `as_default()`'s entry without the context-manager object (op creation's hot path, apply-op.ts). */
export function pushDefaultGraph(graph: Graph): void {
  rt.graphs.get().stack.push(graph);
}
/** `as_default()`'s exit: AssertionError when another graph is on top. */
export function popDefaultGraph(graph: Graph): void {
  const s = rt.graphs.get().stack;
  // The stack may have been emptied by reset(); then there is nothing to pop.
  if (s.length === 0) return;
  if (s[s.length - 1] !== graph) throw tfError(M.nestingViolated);
  s.pop();
}

/** `tf.reset_default_graph()`: this thread gets a new global graph; AssertionError inside `as_default`. */
export function resetDefaultGraph(): void {
  const s = rt.graphs.get();
  if (s.stack.length > 0) throw tfError(M.resetNested);
  s.global = null;
}

/** True when this thread has an `as_default` graph entered (the stack is not cleared). */
export function hasNestedDefaultGraph(): boolean {
  return rt.graphs.get().stack.length > 0;
}

/** The eager context's current name-scope prefix (`"a/"`, `""` at the root). */
export function eagerScopeName(): string {
  return rt.eagerScope.get();
}
export function setEagerScopeName(name: string): void {
  rt.eagerScope.set(name);
}

/** Installs how foreign values print inside messages (the shim passes Python's str/type). */
export function setPyDescriber(d: PyDescriber): void {
  rt.describer = d;
}
export function pyDescriber(): PyDescriber {
  return rt.describer;
}

/** `ops.init_scope()` in graph mode: the name scope is kept and enclosing control dependencies are
 *  cleared (ops.py 5583-5628); in eager mode it changes nothing the engine models. A graph building a
 *  function lifts into the innermost entered graph that is not (else the global graph), under the same
 *  name scope and the innermost non-empty device stack (`_get_outer_context_and_inner_device_stack`). */
export function initScope(): ContextManager<void> {
  if (executingEagerly()) return { enter: () => {}, exit: () => {} };
  const g = getDefaultGraph();
  if (!g.buildingFunction) return g.controlDependencies(null);
  const s = rt.graphs.get();
  if (s.stack.length === 0) throw tfError(M.globalGraphBuildingFunction);
  let devices = g.deviceStack;
  let outer: Graph | null = null;
  for (let i = s.stack.length - 1; i >= 0; i--) {
    const e = s.stack[i]!;
    if (devices.length === 0) devices = e.deviceStack;
    if (!e.buildingFunction) {
      outer = e;
      break;
    }
  }
  const target = outer ?? (s.global ??= new Graph());
  const scope = g.getNameScope();
  const cms: ContextManager<unknown>[] = [
    asDefault(target),
    target.nameScope(scope ? (scope.endsWith("/") ? scope : `${scope}/`) : null),
    target.controlDependencies(null),
  ];
  let saved: typeof devices | null = null;
  let entered = 0;
  const exit = () => {
    if (saved !== null) target.deviceStack = saved;
    saved = null;
    while (entered > 0) cms[--entered]!.exit();
  };
  return {
    enter: () => {
      try {
        for (const cm of cms) {
          cm.enter();
          entered++;
        }
      } catch (e) {
        exit();
        throw e;
      }
      saved = target.deviceStack;
      target.deviceStack = devices;
    },
    exit,
  };
}

/** `type(x).__name__`, taken from the describer's `<class 'name'>`. */
export function pyTypeName(x: unknown): string {
  const repr = rt.describer.typeRepr(x);
  const m = /^<class '(?:.*\.)?([^.']+)'>$/.exec(repr);
  return m ? m[1]! : repr;
}

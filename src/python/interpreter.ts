import { parse } from "./parse/index.js";
import { parseCached } from "./parse/cache.js";
import { PyCompileError, PySyntaxError, PyUnsupportedError } from "./parse/syntax-error.js";
import { Frame, SourceLines } from "./frame.js";
import { compileModule } from "./compile/module.js";
import { dropLazyBodies } from "./compile/body-reload.js";
import { makeBuiltins } from "./builtins.js";
import { enterFrame, leaveFrame, recordTraceback, startBudget } from "./limits.js";
import { None, type PyValue } from "./objects/base.js";
import {
  ModuleNotFoundError,
  PyException,
  SystemExit,
  TfscopeUnsupported,
  pyErr,
  unsupported,
} from "./objects/exceptions.js";
import { PyModule } from "./objects/module.js";
import { PyDict } from "./objects/values.js";
import { setAttr } from "./ops/attr.js";
import { str } from "./ops/convert.js";
import { StepLimitExceeded, enterState, freshState, type Importer, type RuntimeState } from "./state.js";
import { exceptionBaseNames, exceptionMessage, exceptionTypeName, formatException, formatSyntaxError, innermostEntry } from "./errors.js";
import { makeSys } from "./stdlib/sys.js";
import { stdlibModule } from "./stdlib/index.js";
import { cpythonModuleNames } from "./stdlib/cpython-module-names.js";
import { PyStandIn } from "./objects/stand-in.js";
import { standsIn } from "./stand-in-modules.js";
import "./objects/register.js";

/** Limits of one interpreter (all optional; defaults follow CPython where it has one). */
export interface Limits {
  /** Loop iterations plus calls before the run stops (default 50 million). */
  steps?: number;
  /** sys.getrecursionlimit() (default 1000, CPython's). */
  recursion?: number;
  /** Largest list/str one operation may build, in items (default 50 million). */
  memoryCells?: number;
  /** Wall-clock seconds one runSource may take before it stops like the step limit (default: none). */
  seconds?: number;
}

export interface InterpreterOptions {
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  limits?: Limits;
  python2?: boolean | "auto";
  /** Which paths open() may use; absent: none. */
  allowOpen?: (path: string, mode: string) => boolean;
  /** sys.argv (default `[""]`); `tfscope run FILE args...` passes `[FILE, ...args]`. */
  argv?: string[];
  /** os.environ's starting contents (default empty: a program never sees the host's variables). */
  environ?: Record<string, string>;
}

/** A module namespace that `runSource` can continue (a document's session). */
export type ModuleNamespace = PyModule;

export interface RunSourceOptions {
  filename: string;
  /** Document line of the source's line 1 (tracebacks and `line` fields report document lines). */
  firstLine?: number;
  /** Continue in this namespace (from a previous Outcome) instead of a fresh `__main__`. */
  globals?: ModuleNamespace;
  python2?: boolean | "auto";
  /** Compile as CPython's 'single' mode (a `>>>` prompt): expression statements outside functions
   * print their non-None value's repr (sys.displayhook) and bind it to `_`. */
  interactive?: boolean;
  /** IPython's cell mode: a last top-level expression statement's non-None value is not printed but
   * returned, as its repr, in `Outcome.display` (a notebook's execute_result). */
  display?: boolean;
}

/** What running one source produced. */
export interface Outcome {
  stdout: string;
  stderr: string;
  /** The uncaught exception, if any: its class name (qualified as tracebacks print it), str(), the
   * whole CPython-style report, and the document line where it was raised (innermost user frame). */
  /** `bases`: the type's superclasses as CPython spells them (its MRO after itself, up to BaseException). */
  exception?: { type: string; message: string; traceback: string; line?: number; bases?: string[] };
  /** Set when the run stopped at something tfscope does not implement. */
  unsupported?: { feature: string; line?: number };
  syntaxError?: { kind: string; message: string; line: number; col: number; lineText: string };
  /** With `display`: the repr IPython would show for the cell's last expression. */
  display?: string;
  /** SystemExit's status, when the program called sys.exit(). */
  exitCode?: number;
  python2: boolean;
  globals: ModuleNamespace;
}

/** ASTs of module sources already parsed in this process (the standard library and host modules are
 * imported by every interpreter; ASTs are immutable, so they are shared). */
const parsedModules = new Map<string, import("./ast.js").Module | (() => import("./ast.js").Module)>();

/** Seeds the module parse cache with an AST parsed ahead of time (a host's bundled modules), so the
 * first import skips the parser. `module` must be what `parse(source)` returns for that source, or a
 * function making it on the module's first import (so a start builds only the trees it imports). */
export function primeParsedModule(source: string, module: import("./ast.js").Module | (() => import("./ast.js").Module)): void {
  parsedModules.set(source, module);
}

function parsedModule(source: string): import("./ast.js").Module | undefined {
  let module = parsedModules.get(source);
  if (typeof module === "function") parsedModules.set(source, (module = module()));
  return module;
}

/** Forgets every module AST held (a start-up snapshot keeps only what its interpreter still uses);
 * `reload` is called on the next miss, before parsing, to prime the cache again. */
export function forgetParsedModules(reload: () => void): void {
  parsedModules.clear();
  reloadParsedModules = reload;
}
let reloadParsedModules: (() => void) | null = null;

/** The parse tree an import runs for a module's source (`filename` names it in a SyntaxError): the
 * cached one, else one primed again after the cache was forgotten, else the source parsed now. */
export function moduleTree(source: string, filename: string): import("./ast.js").Module {
  let module = parsedModule(source);
  if (module === undefined && reloadParsedModules !== null) {
    const reload = reloadParsedModules;
    reloadParsedModules = null;
    reload();
    module = parsedModule(source);
  }
  if (module === undefined) {
    module = parse(source, { filename }).module;
    parsedModules.set(source, module);
  }
  return module;
}

/** The tree an import of `source` has run in this process, if the cache holds it (built, not primed). */
export function moduleTreeRun(source: string): import("./ast.js").Module | undefined {
  const module = parsedModules.get(source);
  return typeof module === "function" ? undefined : module;
}

/** Lets the functions made since trackLazyBodies(true) that are not compiled yet forget their parse
 * trees, to take them again on their first call, after compiling those of `compileFirst`'s nodes
 * (compile/body-reload.ts); returns how many forgot. `packed(source)` may give a reader of that
 * source's prebuilt tree: it must give the tree the import ran. */
export function dropFunctionTrees(
  compileFirst?: ReadonlySet<import("./ast.js").Node>,
  packed?: (source: string) => (() => import("./ast.js").Module | null) | undefined,
): number {
  // `packed`: where a host's prebuilt tree of a source can be read alone (its parse cache's priming
  // would read them all); the tree an import takes otherwise.
  const reader = (lines: SourceLines, filename: string) => {
    const read = packed?.(lines.source);
    return () => read?.() ?? moduleTree(lines.source, filename);
  };
  return dropLazyBodies(moduleTreeRun, reader, compileFirst);
}

/** Every module source parsed (or primed) in this process so far, with its AST: what a build step
 * saves so later processes skip the parser. */
export function parsedModuleSources(): [string, import("./ast.js").Module][] {
  return [...parsedModules.keys()].map((source) => [source, parsedModule(source)!]);
}

interface SourceModule {
  source: string;
  internal: boolean;
}

/**
 * One Python interpreter's core (host.ts's Interpreter adds the embedding API): its builtins, module registry (sys.modules), limits and output streams.
 * Host modules are registered before running code; they load on first import.
 */
export class InterpreterCore implements Importer {
  readonly state: RuntimeState;
  readonly builtins: Map<string, PyValue>;
  readonly modules = new PyDict();
  private readonly sources = new Map<string, SourceModule>();
  private readonly natives = new Map<string, (m: PyModule) => void>();
  private readonly standInPackages = new Set<string>();
  private readonly stepBudget: number;
  private readonly python2: boolean | "auto";
  private out: string[] | null = null;
  private err: string[] | null = null;
  /** Steps spent by `preImport` before the first program: that program's budget is charged with them,
   * as when its own `import` statement ran the module. */
  private preludeSteps = 0;

  constructor(readonly options: InterpreterOptions = {}) {
    const s = freshState();
    this.state = s;
    this.stepBudget = options.limits?.steps ?? 50_000_000;
    s.recursionLimit = options.limits?.recursion ?? 1000;
    s.memoryCells = options.limits?.memoryCells ?? 50_000_000;
    s.host = this;
    s.allowOpen = options.allowOpen ?? null;
    s.stdout = (t) => {
      this.out?.push(t);
      options.stdout?.(t);
    };
    s.stderr = (t) => {
      this.err?.push(t);
      options.stderr?.(t);
    };
    this.python2 = options.python2 ?? false;
    // Built with this interpreter's state installed, so the builtin types it makes (enumerate, zip...)
    // are registered as subclasses for this interpreter only (PyType.addSubclass).
    this.builtins = this.enter(makeBuiltins);
    this.enter(() => {
      const sys = makeSys(this.modules, options.argv ?? [""]);
      sys.cpythonNames = cpythonModuleNames("sys");
      s.sys = sys.ns;
      this.modules.table.set("sys", sys);
      this.modules.table.set("builtins", this.builtinsModule());
    });
  }

  /** The `builtins` module: its namespace is the builtins every name lookup falls back to, as in CPython
   *  (`builtins.print = f` changes what `print` means everywhere). */
  private builtinsModule(): PyModule {
    return new PyModule("builtins", this.builtins);
  }

  /** Runs `fn` with this interpreter's state installed (re-entrant). */
  enter<T>(fn: () => T): T {
    const prev = enterState(this.state);
    try {
      return fn();
    } finally {
      enterState(prev);
    }
  }

  /** Registers a module written in Python, executed on first import. Dotted names make packages:
   * importing `a.b.c` imports `a` and `a.b` first and binds each child on its parent. `internal` hides
   * the module's frames from tracebacks and currentFrames(). */
  registerModule(name: string, source: string, opts: { internal?: boolean } = {}): void {
    this.sources.set(name, { source, internal: opts.internal ?? false });
  }

  /** Names a submodule of a registered package that real Python imports and tfscope does not model
   * (`tensorflow.keras`): importing it or anything below it binds a stand-in (objects/stand-in.ts). */
  registerStandIn(name: string): void {
    this.standInPackages.add(name);
  }

  /** Registers a module whose contents JS builds (see host.ts's ModuleBuilder). */
  registerNativeModuleRaw(name: string, build: (m: PyModule) => void): void {
    this.natives.set(name, build);
  }

  private isPackage(name: string): boolean {
    const prefix = `${name}.`;
    for (const k of this.sources.keys()) if (k.startsWith(prefix)) return true;
    for (const k of this.natives.keys()) if (k.startsWith(prefix)) return true;
    return false;
  }

  /** `import name`: returns the module (its parents are imported and bound first). */
  importModule(name: string): PyValue {
    const have = this.modules.table.find(name);
    if (have !== undefined) return have.v;
    const dot = name.lastIndexOf(".");
    let parent: PyValue | null = null;
    if (dot > 0) {
      parent = this.importModule(name.slice(0, dot));
      const again = this.modules.table.find(name);
      if (again !== undefined) return again.v;
    }
    const m = new PyModule(name);
    const src = this.sources.get(name);
    const native = this.natives.get(name);
    const std = src || native ? null : stdlibModule(name);
    if (std !== null) m.cpythonNames = cpythonModuleNames(name);
    if (!src && !native && !std) {
      // A module the reader has and tfscope does not model: the import succeeds, any use is unsupported.
      if (parent instanceof PyStandIn || (parent === null ? standsIn(name) : this.standInPackages.has(name))) {
        const s = new PyStandIn(name, parent instanceof PyStandIn ? parent.root : name);
        this.modules.table.set(name, s);
        if (parent === null || !(parent instanceof PyStandIn))
          this.state.notes.push(`module \`${name}\` (imported as a stand-in: tfscope does not model it, and any use of it is unsupported)`);
        return s;
      }
      if (parent !== null && !this.isPackage(name.slice(0, dot)) && !(parent instanceof PyModule && parent.ns.has("__path__")))
        throw pyErr(ModuleNotFoundError, `No module named '${name}'; '${name.slice(0, dot)}' is not a package`);
      const e = pyErr(ModuleNotFoundError, `No module named '${name}'`);
      e.dict!.set("name", name);
      throw e;
    }
    const pkg = this.isPackage(name);
    m.ns.set("__package__", pkg ? name : dot > 0 ? name.slice(0, dot) : "");
    if (pkg) m.ns.set("__path__", new PyDict());
    m.ns.set("__doc__", None);
    this.modules.table.set(name, m);
    try {
      if (src) this.execModule(m, src.source, `<${name}>`, src.internal);
      else if (native) native(m);
      else {
        const built = std!(this);
        if (typeof built === "string") this.execModule(m, built, `<${name}>`, true);
        else for (const [k, v] of built.ns) if (k !== "__name__") m.ns.set(k, v);
      }
    } catch (e) {
      this.modules.table.delete(name);
      throw e;
    }
    const final = this.modules.table.find(name)!.v;
    if (parent !== null) setAttr(parent, name.slice(dot + 1), final);
    return final;
  }

  /** Imports `name` ahead of the program that will begin with `import name` (a start-up snapshot's
   * interpreter, restored in a fresh process): the state it leaves, steps spent included, is what that
   * statement would leave. Anything else the program does first makes the result differ. */
  preImport(name: string): void {
    this.enter(() => {
      startBudget(this.stepBudget, undefined);
      this.importModule(name);
      this.preludeSteps = this.stepBudget - (this.state.steps + this.state.reserve);
    });
  }

  private execModule(m: PyModule, source: string, filename: string, hidden: boolean): void {
    const module = moduleTree(source, filename);
    const lines = new SourceLines(source);
    const c = compileModule(module, { filename, lines, lineOffset: 0, hidden, builtins: this.builtins, python2: false });
    const f = new Frame(c.code, [], m.ns, null, null);
    enterFrame(f);
    try {
      c.run(f);
    } catch (e) {
      throw recordTraceback(e, f);
    } finally {
      leaveFrame(f);
    }
  }

  /** A fresh `__main__` namespace (for a session spanning several runSource calls). */
  newNamespace(name = "__main__"): ModuleNamespace {
    const m = new PyModule(name);
    m.ns.set("__doc__", None);
    m.ns.set("__package__", None);
    m.ns.set("__builtins__", this.modules.table.find("builtins")!.v);
    return m;
  }

  /** Runs source as the main program (or continues a session); never throws for Python-level errors. */
  runSource(source: string, opts: RunSourceOptions): Outcome {
    const globals = opts.globals ?? this.newNamespace();
    const firstLine = opts.firstLine ?? 1;
    const out: string[] = [];
    const err: string[] = [];
    const prevOut = this.out;
    const prevErr = this.err;
    this.out = out;
    this.err = err;
    let python2 = false;
    let display: string | undefined;
    const result = (extra: Partial<Outcome>): Outcome => ({
      stdout: out.join(""),
      stderr: err.join(""),
      python2,
      globals,
      ...(display === undefined ? {} : { display }),
      ...extra,
    });
    try {
      return this.enter(() => {
        const s = this.state;
        // runSource may be re-entered from native code during another run: restore what it changes.
        const outer = { frame: s.frame, depth: s.depth, handling: s.handling };
        if (outer.frame === null) startBudget(this.stepBudget - this.preludeSteps, this.options.limits?.seconds);
        this.preludeSteps = 0;
        s.handling = [];
        let parsed;
        try {
          parsed = parseCached(source, { filename: opts.filename, python2: opts.python2 ?? this.python2 });
        } catch (e) {
          if (e instanceof PySyntaxError) {
            s.stderr(formatSyntaxError(e, firstLine - 1));
            return result({
              exception: { type: e.kind, message: e.message, traceback: formatSyntaxError(e, firstLine - 1), line: e.line + firstLine - 1 },
              syntaxError: { kind: e.kind, message: e.message, line: e.line + firstLine - 1, col: e.col, lineText: e.lineText },
            });
          }
          if (e instanceof PyUnsupportedError) {
            const line = e.line + firstLine - 1;
            s.stderr(`tfscope: unsupported: ${e.feature} (${e.filename}, line ${line})\n`);
            return result({ unsupported: { feature: e.feature, line } });
          }
          if (e instanceof PyCompileError) {
            // CPython prints a compiler's RecursionError bare, with no traceback.
            s.stderr(`${e.type}: ${e.message}\n`);
            return result({ exception: { type: e.type, message: e.message, traceback: `${e.type}: ${e.message}\n`, line: e.line + firstLine - 1 } });
          }
          return this.uncaught(e, result, firstLine);
        }
        python2 = parsed.python2;
        s.python2 = python2;
        const lines = new SourceLines(source);
        const mainHad = this.modules.table.find("__main__");
        this.modules.table.set("__main__", globals);
        if (!globals.ns.has("__name__")) globals.ns.set("__name__", "__main__");
        const f = new Frame({ filename: opts.filename, name: "<module>", lines, lineOffset: firstLine - 1, hidden: false }, [], globals.ns, null, null);
        try {
          const c = compileModule(parsed.module, {
            filename: opts.filename,
            lines,
            lineOffset: firstLine - 1,
            hidden: false,
            builtins: this.builtins,
            python2,
            interactive: opts.interactive,
            display: opts.display ? (r: string) => void (display = r) : undefined,
          });
          enterFrame(f);
          try {
            c.run(f);
          } catch (e) {
            throw recordTraceback(e, f);
          } finally {
            leaveFrame(f);
          }
          return result({});
        } catch (e) {
          return this.uncaught(e, result, firstLine);
        } finally {
          if (mainHad === undefined) this.modules.table.delete("__main__");
          else this.modules.table.set("__main__", mainHad.v);
          s.depth = outer.depth;
          s.frame = outer.frame;
          s.handling = outer.handling;
        }
      });
    } finally {
      this.out = prevOut;
      this.err = prevErr;
    }
  }

  private uncaught(e: unknown, result: (x: Partial<Outcome>) => Outcome, firstLine: number): Outcome {
    const s = this.state;
    if (e instanceof PyException) {
      if (e.cls.isSubtypeOf(SystemExit)) {
        const code = e.args.length === 0 ? None : e.args[0]!;
        if (code === None) return result({ exitCode: 0 });
        if (typeof code === "number" || typeof code === "boolean") return result({ exitCode: Number(code) });
        s.stderr(`${str(code)}\n`);
        return result({ exitCode: 1 });
      }
      const tb = formatException(e);
      s.stderr(tb);
      const inner = innermostEntry(e);
      const line = inner ? inner.line + inner.code.lineOffset : undefined;
      const exception = { type: exceptionTypeName(e), message: exceptionMessage(e), traceback: tb, line, bases: exceptionBaseNames(e) };
      if (e.cls.isSubtypeOf(TfscopeUnsupported))
        return result({ exception, unsupported: { feature: exceptionMessage(e).replace(/^unsupported by tfscope: /, ""), line } });
      return result({ exception });
    }
    if (e instanceof StepLimitExceeded) {
      const line = s.frame?.line;
      s.stderr(`tfscope: ${e.message}\n`);
      return result({ exception: { type: "StepLimitExceeded", message: e.message, traceback: "", line } });
    }
    if (e instanceof PySyntaxError) {
      const text = formatSyntaxError(e, firstLine - 1);
      s.stderr(text);
      return result({
        exception: { type: e.kind, message: e.message, traceback: text, line: e.line + firstLine - 1 },
        syntaxError: { kind: e.kind, message: e.message, line: e.line + firstLine - 1, col: e.col, lineText: e.lineText },
      });
    }
    // A bug in tfscope, not in the snippet: say so plainly; the JS stack only when debugging.
    const msg = e instanceof Error ? e.message : String(e);
    const stack = e instanceof Error && globalThis.process?.env?.TFSCOPE_DEBUG ? `\n${e.stack}` : "";
    s.stderr(`tfscope internal error: ${msg}${stack}\n(a bug in tfscope, not in the program: please report it with the program attached)\n`);
    return result({ exception: { type: "InternalError", message: e instanceof Error ? e.message : String(e), traceback: msg } });
  }
}

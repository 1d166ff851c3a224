/**
 * `tf_upgrade_v2` as TF 1.15 ships it (tensorflow/tools/compatibility: ast_edits._PastaEditVisitor driven
 * by tf_upgrade_v2.TFAPIChangeSpec), reproduced on our AST with text edits: the same renames, argument
 * reorders, keyword renames and removals, call transformers, warnings and log lines, in the same order.
 * Its tables are facts read from TF's source into tables.json (gen-tables.py). A transformer tfscope does
 * not reproduce makes the whole upgrade `unsupported` rather than a silently different file.
 */
import type * as A from "../python/ast.js";
import { parse } from "../python/parse/index.js";
import { PySyntaxError } from "../python/parse/syntax-error.js";
import { forEachChild } from "../python/parse/syntax-check.js";
import { SourceEdits } from "./edits.js";
import tables from "./tables.json" with { type: "json" };

export type Level = "INFO" | "WARNING" | "ERROR";

/** One line of the script's log: `(severity, lineno, col_offset, msg)` in ast_edits. */
export interface LogEntry {
  level: Level;
  line: number;
  col: number;
  message: string;
}

export interface UpgradeResult {
  /** Whether the source parsed (the script writes no output file when it does not). */
  parsed: boolean;
  /** The upgraded source ("" when it did not parse or the upgrade is unsupported). */
  text: string;
  log: LogEntry[];
  /** Rewrites the real script makes that tfscope does not reproduce: the upgrade is refused. */
  unsupported: string[];
}

type Table<T> = Record<string, T>;
interface Spec {
  renames: Table<string>;
  keywordRenames: Table<Table<string | null>>;
  reorders: Table<string[]>;
  warnings: Table<[Level, string]>;
  argWarnings: Table<[string, number | null, Level, string][]>;
  moduleDeprecations: Table<[Level, string]>;
  transformers: Table<{ fn: string; args: Record<string, unknown> }>;
}

const T = tables as unknown as {
  symbol_renames: Spec["renames"];
  function_keyword_renames: Spec["keywordRenames"];
  function_reorders: Spec["reorders"];
  function_warnings: Spec["warnings"];
  function_arg_warnings: Spec["argWarnings"];
  module_deprecations: Spec["moduleDeprecations"];
  function_transformers: Spec["transformers"];
};
const FULL: Spec = {
  renames: T.symbol_renames,
  keywordRenames: T.function_keyword_renames,
  reorders: T.function_reorders,
  warnings: T.function_warnings,
  argWarnings: T.function_arg_warnings,
  moduleDeprecations: T.module_deprecations,
  transformers: T.function_transformers,
};
// TFAPIChangeSpec.preprocess: a versioned or unaliased TF import leaves only the module deprecations.
const DETECTED: Spec = { renames: {}, keywordRenames: {}, reorders: {}, warnings: {}, argWarnings: {}, moduleDeprecations: FULL.moduleDeprecations, transformers: {} };

/** Python's repr of a str without quotes or backslashes in it (TF's log uses %r on names). */
const r = (s: string | null) => (s === null ? "None" : `'${s}'`);

/** Upgrades one Python source as `tf_upgrade_v2 --infile` does. */
export function upgradeSource(source: string, filename = "<string>"): UpgradeResult {
  let mod: A.Module;
  try {
    mod = parse(source, { filename }).module;
  } catch (e) {
    if (e instanceof PySyntaxError) return { parsed: false, text: "", log: [], unsupported: [] };
    throw e;
  }
  const log: LogEntry[] = [];
  const detected = analyzeImports(mod, log);
  const v = new Visitor(new SourceEdits(source), detected ? DETECTED : FULL, log);
  v.visit(mod);
  return { parsed: true, text: v.unsupported.length ? "" : v.edits.apply(), log, unsupported: v.unsupported };
}

/** TFAPIImportAnalysisSpec: `import tensorflow` unaliased, or `tensorflow.compat.v1`/`v2` as `tf`. */
function analyzeImports(mod: A.Module, log: LogEntry[]): boolean {
  let found = false;
  const check = (full: string, asname: string | null, at: A.Pos) => {
    if (full === "tensorflow" && asname === null) {
      log.push({ level: "ERROR", line: at.line, col: at.col, message: "The tf_upgrade_v2 script detected an unaliased `import tensorflow`. The script can only run when importing with `import tensorflow as tf`." });
      found = true;
    } else if ((full === "tensorflow.compat.v1" || full === "tensorflow.compat.v2") && asname === "tf") {
      log.push({ level: "INFO", line: at.line, col: at.col, message: `Not upgrading symbols because \`tensorflow.${full.slice(11)}\` was directly imported as \`tf\`.` });
      found = true;
    }
  };
  const walk = (n: A.Stmt | A.Expr) => {
    if (n.kind === "Import") for (const a of n.names) check(a.name, a.asname, n);
    else if (n.kind === "ImportFrom" && n.module) for (const a of n.names) check(`${n.module}.${a.name}`, a.asname, n);
    forEachChild(n, walk);
  };
  forEachChild(mod, walk);
  return found;
}

/** A call's arguments as the script's node.args / node.keywords see them while it edits. */
interface Item {
  value: A.Expr;
  /** The keyword node, for arguments written as keywords. */
  kw: A.Keyword | null;
  /** The keyword name now (null: still positional). */
  name: string | null;
  removed: boolean;
  /** Text wrapped around the value (`1 - (` … `)`), by the dropout transformer. */
  wrap?: [string, string];
}

class Visitor {
  readonly unsupported: string[] = [];
  /** Attribute nodes a transformer replaced: the names they now stand for. */
  private readonly replacedFunc = new Map<A.Expr, string>();

  constructor(
    readonly edits: SourceEdits,
    private readonly spec: Spec,
    private readonly log: LogEntry[],
  ) {}

  private add(level: Level, at: A.Pos, message: string): void {
    this.log.push({ level, line: at.line, col: at.col, message });
  }

  visit(n: A.Module | A.Stmt | A.Expr, outer: A.Expr | null = null): void {
    if (n.kind === "Call") return this.visitCall(n);
    if (n.kind === "Attribute") return this.visitAttribute(n, outer ?? n);
    forEachChild(n, (c) => this.visit(c));
  }

  private fullName(n: A.Expr): string | null {
    const replaced = this.replacedFunc.get(n);
    if (replaced !== undefined) return replaced;
    const parts: string[] = [];
    let cur = n;
    while (cur.kind !== "Name") {
      if (cur.kind !== "Attribute") return null;
      parts.push(cur.attr);
      cur = cur.value;
    }
    parts.push(cur.id);
    return parts.reverse().join(".");
  }

  private maybeWarn(at: A.Pos, fullName: string): boolean {
    const w = this.spec.warnings[fullName];
    if (!w) return false;
    this.add(w[0], at, `${fullName} requires manual check. ${w[1].replaceAll("<function name>", fullName)}`);
    return true;
  }

  /** visit_Attribute: warnings, then a rename (which ends the visit), module deprecations, the inside. */
  private visitAttribute(n: A.Attribute, outer: A.Expr): void {
    const full = this.fullName(n);
    if (full !== null) {
      this.maybeWarn(n, full);
      const renamed = this.spec.renames[full];
      if (renamed) {
        this.add("INFO", n, `Renamed ${r(full)} to ${r(renamed)}`);
        if (this.replacedFunc.has(n)) this.unsupported.push(`a rename of ${full}, which a transformer produced (line ${n.line})`);
        else this.edits.replace(n, renamed);
        return;
      }
      const dep = this.spec.moduleDeprecations[full];
      if (dep) {
        const whole = this.replacedFunc.get(outer) ?? this.edits.text(outer);
        this.add(dep[0], n, `Using member ${whole} in deprecated module ${full}. ${dep[1].replaceAll("<function name>", whole)}`);
      }
    }
    if (this.replacedFunc.has(n)) {
      // The new name node's inner attributes (tf.compat.v1 …) have no renames or warnings of their own.
      return;
    }
    this.visit(n.value, outer);
  }

  private visitCall(n: A.Call): void {
    const full = this.fullName(n.func);
    const name = full !== null ? full.split(".").pop()! : n.func.kind === "Name" ? n.func.id : n.func.kind === "Attribute" ? n.func.attr : null;
    const items: Item[] = [
      ...n.args.map((value) => ({ value, kw: null, name: null, removed: false })),
      ...n.keywords.map((kw) => ({ value: kw.value, kw, name: kw.arg, removed: false })),
    ];
    const starArgs = n.args.some((a) => a.kind === "Starred");
    const starKwargs = n.keywords.some((k) => k.arg === null);
    this.callWarnings(n, full, name, items, starArgs || starKwargs);
    this.addArgNames(n, full, items, starArgs);
    this.modifyArgs(n, full, name, items, starKwargs);
    const transformers = [this.spec.transformers[full ?? ""], name ? this.spec.transformers[`*.${name}`] : undefined, this.spec.transformers["*"]].filter((t) => t !== undefined);
    if (transformers.length && (starArgs || starKwargs)) {
      this.add("WARNING", n, `(Manual check required) upgrading ${full ?? name} may require modifying call arguments, but it was passed variable-length *args or **kwargs. The upgrade script cannot handle these automatically.`);
    }
    const appended: string[] = [];
    for (const t of transformers) this.transform(t, n, full, name, items, appended);
    this.emit(n, items, appended);
    this.visit(n.func);
    for (const it of items) if (!it.removed) this.visit(it.value);
  }

  /** _maybe_add_call_warning: `*.name` warnings and per-argument warnings. */
  private callWarnings(n: A.Call, full: string | null, name: string | null, items: Item[], variadic: boolean): void {
    if (n.func.kind === "Attribute" && name) this.maybeWarn(n, `*.${name}`);
    const entries = [...(this.spec.argWarnings["*"] ?? []), ...(name ? this.spec.argWarnings[`*.${name}`] ?? [] : []), ...(this.spec.argWarnings[full ?? ""] ?? [])];
    // A dict keyed by (kwarg, position): later tables override earlier ones; then sorted by key.
    const byKey = new Map<string, [string, number | null, Level, string]>();
    for (const e of entries) byKey.set(JSON.stringify([e[0], e[1]]), e);
    const sorted = [...byKey.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : (a[1] ?? -1) - (b[1] ?? -1)));
    for (const [kwarg, pos, level, warning] of sorted) {
      if (!argValue(items, kwarg, pos)) continue;
      const who = full ?? name;
      const msg = warning.replaceAll("<function name>", who ?? "None");
      this.add(level, n, variadic
        ? `${who} called with *args or **kwargs that may include ${kwarg}, requires manual check: ${msg}`
        : `${who} called with ${kwarg} argument, requires manual check: ${msg}`);
    }
  }

  /** _maybe_add_arg_names: positional arguments of a reordered function become keywords. */
  private addArgNames(n: A.Call, full: string | null, items: Item[], starArgs: boolean): void {
    const order = full !== null ? this.spec.reorders[full] : undefined;
    if (!order) return;
    if (starArgs) {
      this.add("WARNING", n, `(Manual check required) upgrading ${full} may require re-ordering the call arguments, but it was passed variable-length positional *args. The upgrade script cannot handle these automatically.`);
      // pasta then drops the starred arguments from the call; tfscope does not reproduce that edit.
      this.unsupported.push(`tf_upgrade_v2's reordering of ${full} called with *args (line ${n.line})`);
      return;
    }
    const positional = items.filter(isPositional);
    if (positional.length > order.length) {
      this.unsupported.push(`tf_upgrade_v2 on ${full} with more positional arguments than it has parameters (line ${n.line}): the script fails with IndexError`);
      return;
    }
    positional.forEach((it, i) => (it.name = order[i]!));
    if (positional.length) this.add("INFO", n, `Added keywords to args of function ${r(full)}`);
  }

  /** _maybe_modify_args: keyword renames and removals, `*`, `*.name` and full-name tables merged. */
  private modifyArgs(n: A.Call, full: string | null, name: string | null, items: Item[], starKwargs: boolean): void {
    const renames = { ...this.spec.keywordRenames["*"], ...(name ? this.spec.keywordRenames[`*.${name}`] : {}), ...this.spec.keywordRenames[full ?? ""] };
    if (Object.keys(renames).length === 0) return;
    if (starKwargs) {
      this.add("WARNING", n, `(Manual check required) upgrading ${full ?? name} may require renaming or removing call arguments, but it was passed variable-length *args or **kwargs. The upgrade script cannot handle these automatically.`);
    }
    for (const it of items) {
      if (it.name === null || it.removed || !(it.name in renames)) continue;
      // Keywords the reorder made have no position of their own: the script logs the call's.
      const at = it.kw ?? n;
      const to = renames[it.name];
      if (to === null || to === undefined) {
        it.removed = true;
        this.add("INFO", at, `Removed argument ${it.name} for function ${full ?? name}`);
      } else {
        this.add("INFO", at, `Renamed keyword argument for ${full} from ${it.name} to ${to}`);
        it.name = to;
      }
    }
  }

  private transform(t: { fn: string; args: Record<string, unknown> }, n: A.Call, full: string | null, name: string | null, items: Item[], appended: string[]): void {
    switch (t.fn) {
      case "_name_scope_transformer":
        return this.nameScope(n, full, items);
      case "_cast_transformer":
        return this.cast(n, full, name!, items, appended);
      case "_dropout_transformer":
        return this.dropout(n, items);
      case "_rename_if_arg_found_transformer":
        return this.renameIfArgFound(n, full, name, items, t.args);
      default:
        this.unsupported.push(`tf_upgrade_v2's ${t.fn} (for ${full ?? name}, line ${n.line})`);
    }
  }

  /** tf_upgrade_v2._name_scope_transformer. */
  private nameScope(n: A.Call, full: string | null, items: Item[]): void {
    const nameArg = argValue(items, "name", 0);
    const defaultArg = argValue(items, "default_name", 1);
    if (nameArg && this.edits.text(nameArg.value) !== "None") {
      this.add("INFO", n, "`name` passed to `name_scope`. Because you may be re-entering an existing scope, it is not safe to convert automatically,  the v2 name_scope does not support re-entering scopes by name.\n");
      this.renameFunc(n, full, "tf.compat.v1.name_scope", `Renamed ${r(full)} to ${r("tf.compat.v1.name_scope")}`);
      return;
    }
    if (defaultArg) {
      this.add("INFO", n, "Using default_name as name in call to name_scope.\n");
      for (const it of items) it.removed = it !== defaultArg;
      defaultArg.name = "name";
      return;
    }
    this.add("ERROR", n, "name_scope call with neither name nor default_name cannot be converted properly.");
  }

  /** tf_upgrade_v2._cast_transformer: tf.to_float(x) → tf.cast(x, dtype=tf.float32). */
  private cast(n: A.Call, full: string | null, name: string, items: Item[], appended: string[]): void {
    let dtype = name.slice(3);
    if (dtype === "float") dtype = "float32";
    else if (dtype === "double") dtype = "float64";
    const positional = items.filter(isPositional);
    if (positional.length === 2) positional[1]!.name = "name";
    appended.push(`dtype=tf.${dtype}`);
    const f = n.func;
    const old = f.kind === "Attribute" ? f.attr : f.kind === "Name" ? f.id : null;
    if (old === null) {
      this.unsupported.push(`tf_upgrade_v2's cast transformer on a call of an expression (line ${n.line})`);
      return;
    }
    const end = this.edits.end(f);
    this.edits.replaceRange(end - old.length, end, "cast");
    if (full !== null) this.replacedFunc.set(f, full.slice(0, full.length - old.length) + "cast");
    this.add("INFO", n, `Changed ${full} call to tf.cast(..., dtype=tf.${dtype}).`);
  }

  /** tf_upgrade_v2._dropout_transformer: keep_prob becomes rate = 1 - (keep_prob). */
  private dropout(n: A.Call, items: Item[]): void {
    const kp = items.find((it) => it.name === "keep_prob" && !it.removed);
    if (kp) {
      this.add("INFO", n, "Changing keep_prob arg of tf.nn.dropout to rate\n");
      kp.name = "rate";
      kp.wrap = ["1 - (", ")"];
      return;
    }
    const positional = items.filter(isPositional);
    if (positional.length < 2) {
      this.add("ERROR", n, "tf.nn.dropout called without arguments, so automatic fix was disabled. tf.nn.dropout has changed the semantics of the second argument.");
      return;
    }
    positional[1]!.wrap = ["1 - (", ")"];
    this.add("INFO", n, "Changing keep_prob arg of tf.nn.dropout to rate, and recomputing value.\n");
  }

  /** tf_upgrade_v2._rename_if_arg_found_transformer (a partial with arg_name, predicate, message). */
  private renameIfArgFound(n: A.Call, full: string | null, name: string | null, items: Item[], args: Record<string, unknown>): void {
    const argName = args.arg_name as string;
    const found = argValue(items, argName, null);
    if (!found) return;
    const pred = (args.arg_ok_predicate as { predicate: string } | undefined)?.predicate;
    const v = found.value;
    const ok = pred === "_is_ast_true" ? v.kind === "Constant" && v.value.type === "bool" && v.value.value === true
      : pred === "_is_ast_false" ? v.kind === "Constant" && v.value.type === "bool" && v.value.value === false
      : pred === undefined ? false : null;
    if (ok === null) {
      this.unsupported.push(`tf_upgrade_v2's argument predicate ${pred} (line ${n.line})`);
      return;
    }
    if (ok) {
      if (args.remove_if_ok) {
        found.removed = true;
        this.add("INFO", n, `Removed argument ${argName} for function ${full ?? name}`);
      }
      return;
    }
    const to = full!.replace("tf.", "tf.compat.v1.");
    const message = typeof args.message === "string" ? args.message : "";
    this.renameFunc(n, full, to, `Renaming ${full} to ${to} because argument ${argName} is present. ${message}`);
  }

  private renameFunc(n: A.Call, _full: string | null, to: string, message: string): void {
    this.add("INFO", n.func, message);
    this.edits.replace(n.func, to);
    this.replacedFunc.set(n.func, to);
  }

  /** An argument's extent with the parentheses around it, which the AST's positions leave out. */
  private argSpan(n: A.Call, it: Item): { start: number; end: number } {
    const ed = this.edits;
    const src = ed.source;
    if (it.kw !== null) return { start: ed.start(it.kw), end: ed.end(it.kw) };
    const callParen = src.indexOf("(", ed.end(n.func));
    let start = ed.start(it.value);
    let end = ed.end(it.value);
    for (;;) {
      let s = start - 1;
      while (s > callParen && /\s/.test(src[s]!)) s--;
      if (s <= callParen || src[s] !== "(") break;
      let e = end;
      while (e < src.length && /\s/.test(src[e]!)) e++;
      if (src[e] !== ")") break;
      start = s;
      end = e + 1;
    }
    return { start, end };
  }

  /** Writes the argument list's changes as text edits (pasta reprints only what changed). */
  private emit(n: A.Call, items: Item[], appended: string[]): void {
    const ed = this.edits;
    const spans = new Map(items.map((it) => [it, this.argSpan(n, it)]));
    const ordered = [...items].sort((a, b) => spans.get(a)!.start - spans.get(b)!.start);
    const span = (it: Item) => spans.get(it)!;
    for (let i = 0; i < ordered.length; i++) {
      const it = ordered[i]!;
      if (it.removed) {
        let j = i;
        while (j + 1 < ordered.length && ordered[j + 1]!.removed) j++;
        if (i > 0) ed.delete(span(ordered[i - 1]!).end, span(ordered[j]!).end);
        else if (j + 1 < ordered.length) ed.delete(span(it).start, span(ordered[j + 1]!).start);
        else ed.delete(span(it).start, span(ordered[j]!).end);
        i = j;
        continue;
      }
      if (it.kw === null && it.name !== null) ed.insert(span(it).start, `${it.name}=`);
      else if (it.kw !== null && it.kw.arg !== null && it.name !== it.kw.arg) {
        const s = ed.start(it.kw);
        ed.replaceRange(s, s + it.kw.arg.length, it.name!);
      }
      if (it.wrap) {
        ed.insert(ed.start(it.value), it.wrap[0]);
        ed.insert(ed.end(it.value), it.wrap[1]);
      }
    }
    if (appended.length) {
      const kept = ordered.filter((it) => !it.removed);
      const text = appended.join(", ");
      if (kept.length) ed.insert(span(kept[kept.length - 1]!).end, `, ${text}`);
      else ed.insert(ed.end(n) - 1, text);
    }
  }
}

/** Still in node.args: written positionally and not made a keyword. */
function isPositional(it: Item): boolean {
  return it.kw === null && it.name === null;
}

/** ast_edits.get_arg_value: a keyword by name, else the positional argument at `pos` (Starred skipped). */
function argValue(items: Item[], name: string, pos: number | null): Item | null {
  for (const it of items) if (it.name === name && !it.removed) return it;
  if (pos === null) return null;
  let idx = 0;
  for (const it of items) {
    if (!isPositional(it) || it.value.kind === "Starred") continue;
    if (idx === pos) return it;
    idx++;
  }
  return null;
}

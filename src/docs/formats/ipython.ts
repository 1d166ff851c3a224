/**
 * IPython's syntax in a notebook cell, turned into plain Python line for line (so every line keeps
 * its number), as IPython's input transformers do before the kernel compiles a cell
 * (IPython/core/inputtransformer2.py): `%magic` and `%%cell_magic`, `!shell` and `x = !shell`,
 * `obj?` help, and the `get_ipython().run_line_magic(...)` calls that nbconvert writes for them.
 *
 * IPython syntax is never the document's error. What has a meaning here runs (`%time stmt` runs the
 * statement once; `%%time` its body; `%reset` clears the namespace, as IPython's does, and leaves the
 * TF graph alone, which lives in the tensorflow module and not in the namespace); display and
 * environment settings (`%matplotlib inline`, `%load_ext`, `%tensorflow_version 1.x`) are noted and
 * skipped; anything else is not run, and said so. A shell line's output is unknowable here.
 */

/** A cell translated to Python, with what the translation did. */
export interface Translated {
  /** The cell as Python, line for line. */
  code: string;
  /** Remarks for the report: what was noted and skipped, what was not run. */
  notes: string[];
  /** A shell command ran: the cell's recorded output also holds the command's, which tfscope cannot know. */
  shell: boolean;
  /** `%time`/`%timeit`: their timing lines in the recorded output are noise; `timeit` runs its body many times. */
  timing: "time" | "timeit" | null;
  /** `%%capture` and the like: what the cell printed was not shown. */
  captured: boolean;
  /** The whole cell is not Python (`%%bash`, `%%writefile`...): not run, for this reason. */
  notPython: string | null;
  /** Magics not run here (`%load_ext tensorboard`): what they print themselves is not known. */
  skipped: string[];
}

/** Magics with no effect on what the cell's Python computes here: display, editor and environment settings. */
const SETTINGS = new Set([
  "matplotlib", "load_ext", "reload_ext", "unload_ext", "config", "autoreload", "aimport", "precision",
  "tensorflow_version", "pip", "conda", "env", "xmode", "colors", "autosave", "autocall", "automagic",
  "pdb", "doctest_mode", "who", "whos", "who_ls", "lsmagic", "magic", "history", "hist", "pwd", "ls",
  "cd", "pinfo", "pinfo2", "pdoc", "pdef", "psource", "pfile", "alias", "unalias", "bookmark", "dhist",
  "dirs", "notebook", "qtconsole", "connect_info", "page", "pprint", "quickref", "sx", "sc", "system",
  "clear", "store", "logstart", "logstop", "logon", "logoff", "logstate",
]);
/** Cell magics whose body is not Python for this kernel: the cell is not run. */
const FOREIGN_CELLS = new Set([
  "bash", "sh", "script", "html", "HTML", "javascript", "js", "latex", "markdown", "svg", "writefile",
  "file", "perl", "ruby", "python2", "python3", "pypy", "system", "sx", "sql", "R", "cython",
]);

/** Translates one cell's source (see the module comment). */
export function translateIPython(source: string): Translated {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const t: Translated = { code: "", notes: [], shell: false, timing: null, captured: false, notPython: null, skipped: [] };
  const starts = logicalLineStarts(lines);
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first >= 0 && /^%%/.test(lines[first]!)) {
    const [, name = "", args = ""] = /^%%(\w+)\s*(.*)$/.exec(lines[first]!.trim()) ?? [];
    if (name === "time" || name === "timeit" || name === "prun") {
      t.timing = name === "timeit" ? "timeit" : "time";
      t.notes.push(`ran the body of \`%%${name}\` once; its timing lines are not compared`);
    } else if (name === "capture") {
      t.captured = true;
      t.notes.push("ran the body of `%%capture`; what it captured was not shown, so its output is not compared");
    } else if (FOREIGN_CELLS.has(name)) {
      t.notPython = `a \`%%${name}\` cell is not Python`;
    } else {
      t.notPython = `the cell magic \`%%${name}${args ? " " + args : ""}\` is not run by tfscope`;
    }
    lines[first] = "";
  }
  let statements = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!starts[i] || i === first && lines[i] === "") continue;
    const line = lines[i]!;
    const indent = /^\s*/.exec(line)![0];
    const body = line.slice(indent.length);
    // IPython compiles each top-level statement on its own (run_ast_nodes), so a __future__ import
    // may come after other statements; its only effect here, print_function, the notebook reader applies.
    if (indent === "" && statements > 0 && /^from\s+__future__\s+import\s+[\w\s,]+$/.test(body.replace(/#.*$/, "").trim())) {
      lines[i] = "pass";
      continue;
    }
    if (body !== "" && !body.startsWith("#")) statements++;
    const replaced = translateLine(body, t);
    if (replaced !== null) lines[i] = indent + replaced;
  }
  t.code = lines.join("\n");
  return t;
}

/** The Python for one logical line of IPython syntax, or null when it is plain Python. */
function translateLine(body: string, t: Translated): string | null {
  const call = nbconvertCall(body);
  if (call) body = call;
  const assigned = /^([A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*)\s*=\s*([!%].*)$/.exec(body);
  if (assigned && !/^%=|^!=/.test(assigned[2]!)) {
    const what = assigned[2]!.trim();
    t.notes.push(`not run: \`${assigned[1]} = ${what}\` (${what.startsWith("!") ? "a shell command's output" : "a magic's value"} cannot be known here)`);
    if (what.startsWith("!")) t.shell = true;
    return `${assigned[1]} = __import__("_tf").unsupported(${JSON.stringify(`the value of IPython's \`${what}\``)})`;
  }
  if (body.startsWith("!")) {
    t.shell = true;
    t.notes.push(`not run: shell command \`${body}\` (its output is not checked)`);
    return "pass";
  }
  const help = /^(\?\??)[\w.]+(?:\(\))?\s*$|^[\w.]+(?:\(\))?\s*(\?\??)\s*$/.exec(body);
  if (help) {
    t.notes.push(`not run: IPython help \`${body.trim()}\``);
    return "pass";
  }
  const magic = /^%(\w+)\s*(.*)$/.exec(body);
  if (!magic) return null;
  const [, name, args = ""] = magic as unknown as [string, string, string];
  const shown = `%${name}${args ? " " + args : ""}`;
  if (name === "time" || name === "timeit" || name === "prun") {
    const stmt = name === "timeit" ? args.replace(/^(?:-[nrpc]\s*\d+\s+|-[qoct]\s+)*/, "") : args;
    t.timing ??= name === "timeit" ? "timeit" : "time";
    t.notes.push(`ran \`${shown}\`'s statement once; its timing lines are not compared`);
    return stmt.trim() === "" ? "pass" : stmt;
  }
  if (name === "reset" && /^(?:-f\s*)?(?:-s\s*)?$/.test(args.trim())) {
    t.notes.push(`\`${shown}\`: cleared the namespace, as IPython does (the TF default graph stays: it is not in the namespace)`);
    return RESET;
  }
  if (name === "pylab") {
    t.notes.push(`not run: \`${shown}\` (imports numpy and matplotlib names; matplotlib is not modelled)`);
    return `__import__("_tf").unsupported("IPython's %pylab")`;
  }
  if (name === "run" || name === "load") {
    t.notes.push(`not run: \`${shown}\` (reads another file)`);
    return `__import__("_tf").unsupported(${JSON.stringify(`IPython's \`${shown}\``)})`;
  }
  t.notes.push(SETTINGS.has(name) ? `noted and skipped: \`${shown}\` (an IPython setting)` : `not run: IPython magic \`${shown}\``);
  t.skipped.push(shown);
  return "pass";
}

// IPython's %reset removes every name the user defined and keeps its own (user_ns_hidden).
const RESET = "[globals().pop(_n) for _n in list(globals()) if _n not in ('__name__', '__doc__', '__builtins__', '__package__', '__spec__', '__loader__')]";

/** `get_ipython().run_line_magic('time', 'x = 1')` → `%time x = 1` (and system / run_cell_magic), as nbconvert and jupytext write magics. */
function nbconvertCall(body: string): string | null {
  const m = /^get_ipython\(\)\.(run_line_magic|magic|system|getoutput|run_cell_magic)\((.*)\)\s*$/.exec(body);
  if (!m) return null;
  const args = [...m[2]!.matchAll(/(['"])((?:\\.|(?!\1).)*)\1/g)].map((a) => a[2]!.replace(/\\(.)/g, "$1"));
  switch (m[1]) {
    case "run_line_magic":
      return `%${args[0] ?? ""} ${args[1] ?? ""}`.trimEnd();
    case "magic":
      return `%${args[0] ?? ""}`;
    case "system":
    case "getoutput":
      return `!${args[0] ?? ""}`;
    default:
      return `%${args[0] ?? ""} ${args[1] ?? ""}`.trimEnd();
  }
}

/**
 * Which lines start a logical line (not inside brackets, a triple-quoted string, or after a
 * backslash): only there can IPython syntax appear.
 */
export function logicalLineStarts(lines: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let depth = 0;
  let triple: string | null = null;
  let continued = false;
  for (const line of lines) {
    out.push(depth === 0 && triple === null && !continued);
    continued = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (triple !== null) {
        if (c === "\\") i++;
        else if (line.startsWith(triple, i)) {
          i += 2;
          triple = null;
        }
        continue;
      }
      if (c === "#") break;
      if (c === "'" || c === '"') {
        if (line.startsWith(c.repeat(3), i)) {
          triple = c.repeat(3);
          i += 2;
          continue;
        }
        for (i++; i < line.length && line[i] !== c; i++) if (line[i] === "\\") i++;
        continue;
      }
      if (c === "(" || c === "[" || c === "{") depth++;
      else if ((c === ")" || c === "]" || c === "}") && depth > 0) depth--;
      else if (c === "\\" && i === line.length - 1) continued = true;
    }
  }
  return out;
}

/** IPython hides a last expression's value when the cell ends with `;` (DisplayHook.quiet). */
export function endsWithSemicolon(code: string): boolean {
  const lines = code.split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = stripComment(lines[i]!).trimEnd();
    if (l !== "") return l.endsWith(";");
  }
  return false;
}

function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "#") return line.slice(0, i);
  }
  return line;
}

/** Lines `%time`/`%timeit` print (IPython/core/magics/execution.py): never a claim about TF. */
export function stripTiming(text: string): string {
  return text
    .split("\n")
    .filter((l) => !/^(CPU times: |Wall time: |Compiler time: |Parser {2}: )/.test(l))
    .filter((l) => !/^\S+ loops?, best of \d+: .* per loop$/.test(l))
    .filter((l) => !/^[\d.]+ [nµum]?s ± [\d.]+ [nµum]?s per loop \(mean ± std\. dev\. of .*\)$/.test(l))
    .filter((l) => !/^The slowest run took .* cached\.?$/.test(l))
    .join("\n");
}

/**
 * The shim's Python modules (`py/`): their sources by module name, and their ASTs parsed at build time
 * (`py-ast.json`, written by `build-py-ast.ts`), so that imports skip the parser. Under Node the file is
 * read piecewise: its first lines index every module (name, source, where its tree is), and a module's
 * tree is read and built on its first import, so a start reads only the trees of what it imports.
 * Without the file (running from src/ under vitest) the modules are read from py/ and parsed on first
 * import. Files are read through the file host; a browser page, which has no py/ folder, hands over
 * py-ast-web.json's text instead (`useShimBundle`).
 */
import { clearParseCache, fileHost, forgetParsedModules, parse, primeParsedModule, urlPath, type FileHost } from "../python/index.js";

// Through a variable: a bundler (Vite) would take `new URL("./x", import.meta.url)` for an asset to ship.
const HERE = import.meta.url;
const PY_DIR = urlPath(new URL("./py/", HERE));
const AST_FILE = urlPath(new URL("./py-ast.json", HERE));

let sources: [string, string][] | null = null;
let bundle: string | null = null;

/** Serves the modules from `py-ast-web.json`'s text instead of py/ (for hosts without the files). */
export function useShimBundle(json: string): void {
  bundle = json;
  sources = null;
}

/** (module name, source) for every module of the shim: `a/b.py` → `a.b`, `a/__init__.py` → `a`. */
export function shimSources(): [string, string][] {
  if (sources !== null) return sources;
  if (bundle !== null) return (sources = primeFromJson(bundle));
  const files = fileHost();
  const packed = primeFromPack(files);
  if (packed !== null) return (sources = packed);
  const out: [string, string][] = [];
  const walk = (dir: string, prefix: string[]) => {
    for (const entry of (files.list(dir) ?? []).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = `${dir}/${entry.name}`;
      if (entry.dir) walk(path, [...prefix, entry.name]);
      else if (entry.name.endsWith(".py")) {
        const mod = entry.name === "__init__.py" ? prefix : [...prefix, entry.name.slice(0, -3)];
        out.push([mod.join("."), files.readText(path) ?? ""]);
      }
    }
  };
  walk(PY_DIR.replace(/\/$/, ""), []);
  return (sources = out);
}

/** Where py-ast.json holds the tree of each source it primed the parse cache with. */
const packed = new Map<string, [file: string, start: number, end: number]>();

/** A reader of `source`'s tree alone from py-ast.json (null when it cannot be read), when the file has
 * it and the file host reads ranges: what a function that dropped its tree reads it from
 * (warm-host.ts). It holds the place only, not the source. */
export function packedTree(source: string): (() => import("../python/ast.js").Module | null) | undefined {
  const at = packed.get(source);
  if (at === undefined || fileHost().readRange === undefined) return undefined;
  const [file, start, end] = at;
  return () => {
    const text = fileHost().readRange!(file, start, end);
    return text === null ? null : (treeOf(text) as import("../python/ast.js").Module);
  };
}

/** Drops every parse tree held (a start-up snapshot's heap keeps only what its pre-imported interpreter
 * uses); the module sources stay, so a fresh interpreter needs no file, and the trees are primed again
 * from py-ast.json on the next parse-cache miss. */
export function forgetShimSources(): void {
  const files = fileHost();
  packed.clear();
  clearParseCache();
  forgetParsedModules(() => {
    if (bundle !== null) primeFromJson(bundle);
    else primeFromPack(files);
  });
}

/** JSON has no bigint and no bytes: int literals that needed a bigint are stored as
 * `{"$bigint": "123"}`, bytes literals (`b"..."`, a Uint8Array) as `{"$bytes": [110, 1]}`. */
export function astReplacer(_key: string, v: unknown): unknown {
  if (v instanceof Uint8Array) return { $bytes: Array.from(v) };
  return typeof v === "bigint" ? { $bigint: v.toString() } : v;
}

/** One module's AST as JSON text (py-ast-web.json holds it as a string inside the file's JSON, so that
 * reading the file builds no tree and each module's is built on its first import). */
export function astText(ast: unknown): string {
  return JSON.stringify(ast, astReplacer);
}

function treeOf(text: string): unknown {
  const ast = JSON.parse(text) as unknown;
  reviveBigints(ast);
  return ast;
}

/** Turns the `{"$bigint": ...}` markers back into bigints, in place: a walk after a plain JSON.parse
 * costs a fraction of a reviver function called for every key. */
function reviveBigints(node: unknown): void {
  if (node === null || typeof node !== "object") return;
  const obj = node as Record<string, unknown>;
  for (const k in obj) {
    const v = obj[k];
    if (v === null || typeof v !== "object") continue;
    if ("$bigint" in v) obj[k] = BigInt((v as { $bigint: string }).$bigint);
    else if ("$bytes" in v) obj[k] = Uint8Array.from((v as { $bytes: number[] }).$bytes);
    else reviveBigints(v);
  }
}

/** Primes the parse cache from py-ast-web.json's text ({name: {source, ast}}) and returns its modules. */
function primeFromJson(json: string): [string, string][] {
  const asts = JSON.parse(json) as Record<string, { source: string; ast: string }>;
  const all = Object.entries(asts).map(([name, e]): [string, string] => [name, e.source]);
  for (const [name, source] of all) {
    const text = asts[name]!.ast;
    primeParsedModule(source, () => treeOf(text) as never);
  }
  return all;
}

/*
 * py-ast.json (Node): one JSON object, in ASCII so that a character is a byte, laid out for reading in
 * pieces. Its first line is `{"head":N,` padded to HEAD_START characters; the text up to character N is
 * the index, `"index":{"modules":[[name, source, start, end]...],"parsed":[[source, start, end]...]},`
 * (`parsed`: the standard library's Python-source modules that common imports load, by source text);
 * then `"trees":[...]}` holds each tree's JSON at characters start to end.
 */
const HEAD_START = 24;

interface PackIndex {
  modules: [string, string, number, number][];
  parsed: [string, number, number][];
}

/** py-ast.json's text for the shim's modules (name, source, tree) and other parsed module sources. */
export function packAsts(modules: [string, string, unknown][], parsed: [string, unknown][]): string {
  const entries: (string | number)[][] = [...modules.map(([name, source]) => [name, source, 0, 0]), ...parsed.map(([source]) => [source, 0, 0])];
  const trees = [...modules.map(([, , tree]) => tree), ...parsed.map(([, tree]) => tree)].map((t) => ascii(astText(t)));
  const indexText = () => {
    const index = { modules: entries.slice(0, modules.length), parsed: entries.slice(modules.length) };
    return `"index":${ascii(JSON.stringify(index))},\n`;
  };
  // The offsets depend on the index's length, which depends on the offsets' digits: lay out until it holds.
  let text = indexText();
  for (let previous = ""; text !== previous; ) {
    let at = HEAD_START + text.length + '"trees":[\n'.length;
    trees.forEach((t, i) => {
      const entry = entries[i]!;
      entry.splice(entry.length - 2, 2, at, at + t.length);
      at += t.length + 2;
    });
    previous = text;
    text = indexText();
  }
  const head = `{"head":${HEAD_START + text.length},`.padEnd(HEAD_START - 1) + "\n";
  return head + text + '"trees":[\n' + trees.join(",\n") + "\n]}\n";
}

/** JSON text with every non-ASCII character escaped (\uXXXX means the same in a JSON string). */
function ascii(json: string): string {
  return json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Primes the parse cache from py-ast.json's index (each tree read on its module's first import) and
 * returns the shim's modules; null without the file. */
export function primeFromPack(files: FileHost, file = AST_FILE): [string, string][] | null {
  let whole: string | null | undefined;
  const read = (start: number, end: number): string | null => {
    if (files.readRange !== undefined) return files.readRange(file, start, end);
    whole ??= files.readText(file);
    return whole === null ? null : whole.slice(start, end);
  };
  const first = read(0, HEAD_START);
  const head = first === null ? null : /^\{"head":(\d+),/.exec(first);
  if (head === null) return null;
  const indexText = read(HEAD_START, Number(head[1]));
  if (indexText === null) return null;
  const index = (JSON.parse(`{${indexText.replace(/,\s*$/, "")}}`) as { index: PackIndex }).index;
  // A tree that cannot be read (the file replaced since) is parsed from its source.
  const tree = (filename: string, source: string, start: number, end: number) => () => {
    const text = read(start, end);
    return (text === null ? parse(source, { filename }).module : treeOf(text)) as never;
  };
  packed.clear();
  for (const [name, source, start, end] of index.modules) {
    primeParsedModule(source, tree(`<${name}>`, source, start, end));
    packed.set(source, [file, start, end]);
  }
  for (const [source, start, end] of index.parsed) {
    primeParsedModule(source, tree("<module>", source, start, end));
    packed.set(source, [file, start, end]);
  }
  return index.modules.map(([name, source]): [string, string] => [name, source]);
}

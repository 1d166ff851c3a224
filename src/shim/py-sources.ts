/**
 * The shim's Python modules (`py/`): their sources by module name, and their ASTs parsed at build time
 * (`py-ast.json`, written by `build-py-ast.ts`), so the first `import tensorflow` of a process skips
 * the parser. Without the JSON (running from src/ under vitest) modules are parsed on first import.
 * Files are read through the file host; a browser page, which has no py/ folder, hands over the
 * JSON's text instead (`useShimBundle`).
 */
import { clearParseCache, fileHost, forgetParsedModules, primeParsedModule, urlPath } from "../python/index.js";

// Through a variable: a bundler (Vite) would take `new URL("./x", import.meta.url)` for an asset to ship.
const HERE = import.meta.url;
const PY_DIR = urlPath(new URL("./py/", HERE));
const AST_FILE = urlPath(new URL("./py-ast.json", HERE));

let sources: [string, string][] | null = null;
let bundle: string | null = null;

/** Serves the modules from `py-ast.json`'s text instead of py/ (for hosts without the files). */
export function useShimBundle(json: string): void {
  bundle = json;
  sources = null;
}

/** (module name, source) for every file under py/: `a/b.py` → `a.b`, `a/__init__.py` → `a`. */
export function shimSources(): [string, string][] {
  if (sources !== null) return sources;
  if (bundle !== null) return (sources = primeFromJson(bundle, null));
  const files = fileHost();
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
  const json = files.readText(AST_FILE);
  if (json !== null) primeFromJson(json, out);
  return (sources = out);
}

/** Drops the module sources and every parse tree held (a start-up snapshot's heap keeps only what its
 * pre-imported interpreter uses): they are read again from py/ and py-ast.json when next needed. */
export function forgetShimSources(): void {
  sources = null;
  clearParseCache();
  forgetParsedModules(() => void shimSources());
}

/** py-ast.json's entry of other modules' ASTs by source text (the standard library's Python-source
 * modules), primed whatever their name. */
export const PARSED_KEY = "@parsed";

/** JSON has no bigint: int literals that needed one are stored as `{"$bigint": "123"}`. */
export function astReplacer(_key: string, v: unknown): unknown {
  return typeof v === "bigint" ? { $bigint: v.toString() } : v;
}

/** One module's AST as py-ast.json holds it: JSON text of its own, inside the file's JSON, so that
 * reading the file builds no tree and each module's is built on its first import. */
export function astText(ast: unknown): string {
  return JSON.stringify(ast, astReplacer);
}

function astFrom(text: string): () => never {
  return () => {
    const ast = JSON.parse(text) as unknown;
    reviveBigints(ast);
    return ast as never;
  };
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
    else reviveBigints(v);
  }
}

/** Primes the parse cache from py-ast.json's text, for the modules of `mods` (all of them when null),
 * and returns the modules it holds. */
function primeFromJson(json: string, mods: [string, string][] | null): [string, string][] {
  const asts = JSON.parse(json) as Record<string, { source: string; ast: string }>;
  const parsed = asts[PARSED_KEY] as unknown as [string, string][] | undefined;
  delete asts[PARSED_KEY];
  for (const [source, ast] of parsed ?? []) primeParsedModule(source, astFrom(ast));
  const all = mods ?? Object.entries(asts).map(([name, e]): [string, string] => [name, e.source]);
  for (const [name, source] of all) {
    const entry = asts[name];
    // A stale JSON (sources edited after the build) is ignored module by module.
    if (entry !== undefined && entry.source === source) primeParsedModule(source, astFrom(entry.ast));
  }
  return all;
}

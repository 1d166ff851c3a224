/**
 * The shim's Python modules (`py/`): their sources by module name, and their ASTs parsed at build time
 * (`py-ast.json`, written by `build-py-ast.ts`), so the first `import tensorflow` of a process skips
 * the parser. Without the JSON (running from src/ under vitest) modules are parsed on first import.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { primeParsedModule } from "../python/index.js";

const PY_DIR = fileURLToPath(new URL("./py/", import.meta.url));
const AST_FILE = fileURLToPath(new URL("./py-ast.json", import.meta.url));

let sources: [string, string][] | null = null;

/** (module name, source) for every file under py/: `a/b.py` → `a.b`, `a/__init__.py` → `a`. */
export function shimSources(): [string, string][] {
  if (sources !== null) return sources;
  const out: [string, string][] = [];
  const walk = (dir: string, prefix: string[]) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path, [...prefix, entry]);
      else if (entry.endsWith(".py")) {
        const mod = entry === "__init__.py" ? prefix : [...prefix, entry.slice(0, -3)];
        out.push([mod.join("."), readFileSync(path, "utf8")]);
      }
    }
  };
  walk(PY_DIR, []);
  primeFromJson(out);
  return (sources = out);
}

/** JSON has no bigint: int literals that needed one are stored as `{"$bigint": "123"}`. */
export function astReplacer(_key: string, v: unknown): unknown {
  return typeof v === "bigint" ? { $bigint: v.toString() } : v;
}

function astReviver(_key: string, v: unknown): unknown {
  if (v !== null && typeof v === "object" && "$bigint" in v) return BigInt((v as { $bigint: string }).$bigint);
  return v;
}

function primeFromJson(mods: [string, string][]): void {
  if (!existsSync(AST_FILE)) return;
  const asts = JSON.parse(readFileSync(AST_FILE, "utf8"), astReviver) as Record<string, { source: string; ast: never }>;
  for (const [name, source] of mods) {
    const entry = asts[name];
    // A stale JSON (sources edited after the build) is ignored module by module.
    if (entry !== undefined && entry.source === source) primeParsedModule(source, entry.ast);
  }
}

/**
 * The core is browser-safe: everything below the CLI (interpreter, engine, numpy, shim, checker,
 * explain) bundles for the browser platform with no Node built-in, so the playground's worker runs it.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const ROOMS = ["python", "tf", "numpy", "shim", "docs", "explain"];
/** Command implementations, run by the CLI only (they read and write the machine's files), and the
 * Node library's list of exports that includes them. */
const CLI_LEVEL = new Set([
  "src/docs/api.ts",
  "src/docs/cli-check.ts",
  "src/docs/golden.ts",
  "src/docs/vitest.ts",
  "src/explain/command.ts",
  "src/shim/test-command.ts",
  "src/shim/build-py-ast.ts",
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "py" ? [] : sources(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

const NODE_BUILTINS = /^(node:|fs$|path$|url$|crypto$|os$|child_process$|module$|util$|worker_threads$|stream$|buffer$|process$)/;

describe("the browser-safe core", () => {
  it("bundles every core module for the browser with no Node built-in", async () => {
    const files = ROOMS.flatMap((r) => sources(join(ROOT, "src", r))).filter((f) => !CLI_LEVEL.has(relative(ROOT, f)));
    expect(files.length).toBeGreaterThan(100);
    const entry = files.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};`).join("\n");
    const seen: string[] = [];
    const result = await build({
      stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      metafile: true,
      logLevel: "silent",
      plugins: [
        {
          name: "refuse-node-builtins",
          setup(b) {
            b.onResolve({ filter: NODE_BUILTINS }, (args) => {
              seen.push(`${args.path} (imported by ${relative(ROOT, args.importer)})`);
              return { path: args.path, external: true };
            });
          },
        },
      ],
    });
    expect(seen).toEqual([]);
    // Nothing left external: everything the core needs is in the bundle.
    const externals = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
    expect(externals).toEqual([]);
  });

  it("bundles the playground worker's entry (src/web/core.ts) the same way", async () => {
    const result = await build({ entryPoints: [join(ROOT, "src/web/core.ts")], bundle: true, write: false, platform: "browser", format: "esm", metafile: true, logLevel: "silent" });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => p.startsWith("node:") || NODE_BUILTINS.test(p))).toEqual([]);
    expect(inputs.some((p) => p.endsWith("src/shim/py-sources.ts"))).toBe(true);
  });
});

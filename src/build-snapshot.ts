/**
 * Build step (`npm run build`, after the CLI bundle): a V8 start-up snapshot of the CLI for the Node that
 * runs the build, and `dist/bin/tfscope`, the launcher the package's bin points at. The launcher starts
 * `run` from the snapshot when the Node on PATH is the one that made it, else loads `cli.js` normally; it also
 * drops NODE_EXTRA_CA_CERTS, which makes every Node start read a certificate file although tfscope opens
 * no connection. A Node that cannot take the snapshot leaves the launcher on the normal path. The blob
 * leaves out Node's code caches of its own builtins (snapshot-blob.ts), which every start would read.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { withoutBuiltinCodeCache } from "./snapshot-blob.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "dist", "bin");
const entry = join(bin, "snapshot.cjs");
const blob = join(bin, "tfscope.blob");
const stamp = join(bin, "tfscope.blob.node");
/** Text the snapshot reads while it is built (textOutOfSource). */
const textDir = join(bin, "snapshot-text");
/** TF's API texts, read by a snapshot start when its run needs a part not parsed before the snapshot. */
const apiTextDir = join(bin, "api-text");

// Only `run` takes the snapshot (the others load cli.js: their modules are not in it). Which Node made
// the snapshot is checked without starting one (`node --version` costs a third of a snapshot start's own
// work): the stamp names the binary, and `node` on PATH must resolve to it, unchanged since the build.
// Node refuses a snapshot of another version by itself too, with a message.
const LAUNCHER = `#!/bin/sh
# tfscope's launcher (written by build-snapshot.ts): \`run\` starts from the start-up snapshot when the
# node on PATH is the binary that made it; anything else loads cli.js.
unset NODE_EXTRA_CA_CERTS
# This script's folder and the node on PATH (as \`command -v node\` finds it). When neither is a symbolic
# link and that node is the one the stamp names, no process is started to resolve them (a readlink costs
# as much as the rest of the script); else they are what readlink -f makes of them.
n=
f=$IFS
IFS=:
set -f
for x in $PATH; do
  if [ -f "\${x:-.}/node" ] && [ -x "\${x:-.}/node" ]; then n=\${x:-.}/node; break; fi
done
set +f
IFS=$f
d=\${0%/*}
if [ "$d" = "$0" ] || [ -L "$0" ] || [ -L "$n" ] || [ ! -f "$d/tfscope.blob.node" ] || ! read -r built < "$d/tfscope.blob.node" ||
  [ "$n" != "$built" ]; then
  p=$(readlink -f -- "$0" "$(command -v node)")
  d=\${p%%
*}
  d=\${d%/*}
  n=\${p#*
}
fi
if [ "$1" = run ] && [ -f "$d/tfscope.blob" ] && [ -f "$d/tfscope.blob.node" ] && read -r built < "$d/tfscope.blob.node" &&
  [ "$n" = "$built" ] && [ ! "$n" -nt "$d/tfscope.blob" ]; then
  # A snapshot start copies its blob twice in malloc'ed memory (node reads the file, then V8's part of
  # it), and each fresh 4 KB page costs a page fault. From malloc's heap, in huge pages where the system
  # allows them (transparent huge pages on madvise), the same bytes take a few hundred faults fewer per MB.
  # A GLIBC_TUNABLES of the caller's comes after, so it wins; other C libraries ignore the variable.
  export GLIBC_TUNABLES="glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.top_pad=16777216\${GLIBC_TUNABLES:+:\$GLIBC_TUNABLES}"
  exec "$n" --snapshot-blob "$d/tfscope.blob" "$@"
fi
exec node "$d/cli.js" "$@"
`;

/** esbuild leaves non-ASCII characters in regular expression literals; one makes V8 keep the whole
 *  source as a two-byte string. A `\\uXXXX` escape means the same character there (the bundle has no
 *  raw template strings, where it would not). */
function asciiOnly(file: string): void {
  const text = readFileSync(file, "utf8");
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

/** TF's API surface (src/shim/surface/: 1 MB of text in string literals) is read from files instead of
 * being bundled: the script's source, which the snapshot keeps whole, does not hold it, and the API texts
 * (0.9 MB) are not in the heap at all until a run needs them. */
const textOutOfSource: Plugin = {
  name: "text-out-of-source",
  setup(b) {
    // The API texts are read on first use, from files kept beside the snapshot, and forgotten before the
    // snapshot is taken (snapshot.ts): the pre-imported interpreter has already parsed what it uses.
    b.onLoad({ filter: /[\\/]shim[\\/]surface[\\/]text\.ts$/ }, async () => {
      mkdirSync(apiTextDir, { recursive: true });
      const files: Record<string, string> = {};
      for (const [api, name] of [["v1", "api-v1"], ["v2", "api-v2"]] as const) {
        const compiled = (await import(pathToFileURL(join(root, "dist", "shim", "surface", `${name}.js`)).href)) as Record<string, unknown>;
        const text = compiled[api === "v1" ? "API_V1" : "API_V2"];
        if (typeof text !== "string") throw new Error(`build-snapshot: ${name} has no text`);
        files[api] = join(apiTextDir, `${name}.txt`);
        writeFileSync(files[api], text);
      }
      const contents = [
        `const files = ${JSON.stringify(files)};`,
        "let texts = {};",
        'export function apiText(api) { return (texts[api] ??= require("node:fs").readFileSync(files[api], "utf8")); }',
        "export function forgetApiTexts() { texts = {}; }",
      ];
      return { contents: contents.join("\n"), loader: "js" };
    });
    b.onLoad({ filter: /[\\/]shim[\\/]surface[\\/]modules\.ts$/ }, async (args) => {
      const name = basename(args.path, ".ts");
      const compiled = (await import(pathToFileURL(join(root, "dist", "shim", "surface", `${name}.js`)).href)) as Record<string, unknown>;
      const lines = Object.entries(compiled).map(([key, value]) => {
        if (typeof value !== "string") throw new Error(`build-snapshot: ${name}.${key} is not text`);
        const file = join(textDir, `${name}.${key}.txt`);
        writeFileSync(file, value);
        return `export const ${key} = require("node:fs").readFileSync(${JSON.stringify(file)}, "utf8");`;
      });
      return { contents: lines.join("\n"), loader: "js" };
    });
  },
};

/** What a start from the blob prints for a short program: the check that a cut blob still starts. */
const CHECK_PROGRAM = "import tensorflow as tf\nprint(tf.constant(1).name, 6 * 7)\n";
const CHECK_OUTPUT = "Const:0 42\n";

/** Leaves Node's code caches of its builtin modules out of the blob (snapshot-blob.ts: ~2.6 MB that every
 * start reads, for nothing `run` does), keeping the blob whole when its layout is not the one expected or
 * a start from the cut blob does not print what it should. */
function dropBuiltinCodeCache(): void {
  const whole = readFileSync(blob);
  const cut = withoutBuiltinCodeCache(whole);
  if (cut === null) return;
  writeFileSync(blob, cut);
  let out = "";
  try {
    out = execFileSync(process.execPath, ["--snapshot-blob", blob, "run", "-c", CHECK_PROGRAM], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    // Below: the whole blob again.
  }
  if (out !== CHECK_OUTPUT) writeFileSync(blob, whole);
}

async function main(): Promise<void> {
  mkdirSync(textDir, { recursive: true });
  writeFileSync(join(bin, "tfscope"), LAUNCHER);
  chmodSync(join(bin, "tfscope"), 0o755);
  rmSync(stamp, { force: true });
  // The snapshot's entry must be one CommonJS script needing only Node's built-ins. import.meta.url
  // (module-relative paths: py/, py-ast.json, check-worker.js) becomes this script's own URL in dist/bin.
  await build({
    entryPoints: [join(root, "src", "snapshot.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: entry,
    define: { "import.meta.url": "__tfscopeUrl" },
    banner: { js: 'var __tfscopeUrl = require("node:url").pathToFileURL(__filename).href;' },
    // The script's source stays in the heap (V8 compiles functions lazily from it): without
    // whitespace, comments and non-ASCII characters (a two-byte string) it is a quarter of the size.
    minifyWhitespace: true,
    charset: "ascii",
    logLevel: "warning",
    plugins: [textOutOfSource],
  });
  try {
    asciiOnly(entry);
    execFileSync(process.execPath, ["--snapshot-blob", blob, "--build-snapshot", entry], { stdio: ["ignore", "ignore", "pipe"] });
    dropBuiltinCodeCache();
    writeFileSync(stamp, realpathSync(process.execPath) + "\n");
  } catch (e) {
    rmSync(blob, { force: true });
    const why = (e as { stderr?: Buffer }).stderr?.toString().trim().split("\n").pop() ?? String(e);
    process.stderr.write(`build-snapshot: no start-up snapshot (tfscope starts without one): ${why}\n`);
  } finally {
    rmSync(textDir, { recursive: true, force: true });
  }
}

await main();

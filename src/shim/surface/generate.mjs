#!/usr/bin/env node
// Regenerates api-v1.ts and api-v2.ts, the names and call signatures of TF 1.15's public API, from the
// API golden files of a TF 1.15 source tree (tensorflow/tools/api/golden/v1 and v2), and modules.ts,
// the names of TF's internal Python modules (tensorflow.python.*, the generated gen_*_ops wrappers and
// the tensorflow.core.*_pb2 protos):
//   node src/shim/surface/generate.mjs TF_SOURCE_TREE     (a checkout, or a bare git directory)
// The goldens are the test data of TF's api_compatibility_test: one .pbtxt per public module (tf_module),
// class (tf_class) or protobuf message (tf_proto). Only facts are kept: names, kinds, argument names,
// how many arguments are required, and whether *args / **kwargs are taken. The build reads the .ts files
// and never needs the TF tree.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = process.argv[2];
if (root === undefined) {
  process.stderr.write("usage: node src/shim/surface/generate.mjs TF_SOURCE_TREE\n");
  process.exit(2);
}
const here = fileURLToPath(new URL(".", import.meta.url));

// The tree's files: read from a checkout, or from HEAD of a bare git directory.
const bare = existsSync(join(root, "HEAD")) && existsSync(join(root, "objects"));
const git = (...args) => execFileSync("git", ["--git-dir", root, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
function listFiles(dir) {
  if (bare) return git("ls-tree", "-r", "--name-only", "HEAD", dir).split("\n").filter((p) => p !== "");
  const out = [];
  const walk = (d) => {
    if (!existsSync(join(root, d))) return;
    for (const e of readdirSync(join(root, d)).sort()) {
      const p = `${d}/${e}`;
      if (statSync(join(root, p)).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}
const readText = (path) => (bare ? git("show", `HEAD:${path}`) : readFileSync(join(root, path), "utf8"));

/** The fields of one .pbtxt: path, kind, members [{name, mtype}], methods [{name, argspec}]. */
function readGolden(text) {
  const unq = (s) => s.replace(/\\(['"\\])/g, "$1");
  const path = /^path: "(.*)"$/m.exec(text)[1];
  const kind = /^(tf_module|tf_class|tf_proto) \{$/m.exec(text)[1];
  const members = [];
  const methods = [];
  const re = /^  (member|member_method) \{\n    name: "(.*)"\n    (mtype|argspec): "(.*)"\n  \}$/gm;
  for (let m; (m = re.exec(text)) !== null; ) {
    if (m[1] === "member") members.push({ name: m[2], mtype: unq(m[4]) });
    else methods.push({ name: m[2], argspec: unq(m[4]) });
  }
  const isInstance = /^  is_instance: "(.*)"$/m.exec(text);
  return { path, kind, members, methods, isInstance: isInstance === null ? null : unq(isInstance[1]) };
}

/** The Python string items of a list repr such as `['None', "<dtype: 'float32'>"]`. */
function stringItems(list) {
  const out = [];
  const re = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  for (let m; (m = re.exec(list)) !== null; ) out.push(m[1] ?? m[2]);
  return out;
}

/** An argspec as `a,b,c|required|flags` (flags: `*` for varargs, `**` for keywords). */
function signature(argspec, dropFirst) {
  const m = /^args=\[(.*?)\], varargs=(\w+), keywords=(\w+), defaults=(None|\[.*\])/.exec(argspec);
  if (m === null) throw new Error(`unreadable argspec: ${argspec}`);
  let args = stringItems(m[1]);
  const nDefaults = m[4] === "None" ? 0 : stringItems(m[4]).length;
  let required = args.length - nDefaults;
  if (dropFirst && args.length > 0) {
    args = args.slice(1);
    required = Math.max(0, required - 1);
  }
  const flags = (m[2] !== "None" ? "*" : "") + (m[3] !== "None" ? "**" : "");
  return `${args.join(",")}|${required}|${flags}`;
}

/** `<type 'int'>` → `int`; `<class 'a.b.DType'>` → `DType`. */
function shortType(mtype) {
  const m = /^<(?:type|class|enum) '(?:.*\.)?([^.']+)'>$/.exec(mtype);
  return m === null ? mtype : m[1];
}

/** Lines per path: `@path` then its member lines. */
function build(dir) {
  const files = listFiles(dir).filter((f) => f.endsWith(".pbtxt")).sort();
  const goldens = new Map(files.map((f) => {
    const g = readGolden(readText(f));
    return [g.path, g];
  }));
  const blocks = new Map();
  for (const g of [...goldens.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const entries = [];
    let lines;
    if (g.kind === "tf_module") {
      for (const m of g.members) {
        const sub = goldens.get(`${g.path}.${m.name}`);
        if (shortType(m.mtype) === "module") entries.push([m.name, "m"]);
        else if (sub !== undefined && sub.kind !== "tf_module") entries.push([m.name, "c"]);
        else entries.push([m.name, "v", shortType(m.mtype)]);
      }
      for (const f of g.methods) entries.push([f.name, "f", signature(f.argspec, false)]);
      blocks.set(g.path, lines = []);
    } else {
      // A class: its Python path and constructor first (`__init__`, or any keywords for a protobuf message), then its
      // members: properties and other attributes as `a`, methods with their signatures.
      const init = g.methods.find((f) => f.name === "__init__");
      blocks.set(g.path, lines = []);
      // The class itself is the golden's first `is_instance` line.
      const real = g.isInstance === null ? null : /^<class '(.*)'>$/.exec(g.isInstance);
      if (real !== null) lines.push(`__class__\tv\t${real[1]}`);
      // A golden that lists no argspec for __init__ (a namedtuple's, such as FixedLenFeature(shape, dtype,
      // default_value=None)) says nothing of its parameters: any call binds, and the class is the gap.
      lines.push(`__init__\tf\t${g.kind === "tf_proto" ? "||**" : init ? signature(init.argspec, true) : "||***"}`);
      for (const m of g.members) entries.push([m.name, "a", shortType(m.mtype)]);
      for (const f of g.methods) {
        if (f.name !== "__init__") entries.push([f.name, "f", signature(f.argspec, true)]);
      }
    }
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const e of entries) lines.push(e.join("\t"));
  }
  return blocks;
}

/** The data text; a block equal to the same path's block of `base` is written `@path=` (v2 over v1). */
function text(blocks, base) {
  const out = [];
  for (const [path, lines] of blocks) {
    const same = base?.get(path)?.join("\n") === lines.join("\n");
    if (same) out.push(`@${path}=`);
    else out.push(`@${path}`, ...lines);
  }
  return out.join("\n");
}

const v1 = build("tensorflow/tools/api/golden/v1");
const v2 = build("tensorflow/tools/api/golden/v2");
for (const [v, data] of [["v1", text(v1, null)], ["v2", text(v2, v1)]]) {
  const out = [
    `// Generated by src/shim/surface/generate.mjs from TF 1.15.5's API goldens (tensorflow/tools/api/golden/${v}).`,
    "// Do not edit. One `@path` line per public module or class, then one line per member:",
    "// name, kind (m module, c class, f function, v value, a class attribute) and a signature",
    "// `args|required|flags` (flags: `*` takes *args, `**` takes **kwargs) or a value's type.",
    ...(v === "v2" ? ["// `@path=`: the same members as that path in API_V1."] : []),
    `export const API_${v.toUpperCase()}: string = ${JSON.stringify(data)};`,
    "",
  ].join("\n");
  writeFileSync(join(here, `api-${v}.ts`), out);
  process.stdout.write(`api-${v}.ts: ${data.split("\n").length} lines, ${out.length} bytes\n`);
}

/** The module names TF 1.15 has under tensorflow.python and tensorflow.core (tests excluded). */
function internalModules() {
  const names = new Set();
  for (const p of listFiles("tensorflow/python")) {
    if (!p.endsWith(".py") || p.endsWith("_test.py")) continue;
    names.add(p.slice(0, -3).replace(/\/__init__$/, "").replaceAll("/", "."));
  }
  for (const p of listFiles("tensorflow/core")) {
    if (p.endsWith(".proto")) names.add(`${p.slice(0, -6).replaceAll("/", ".")}_pb2`);
  }
  // Op wrappers generated at build time (tensorflow/python/BUILD, build_defs.bzl): `name = "x_gen"`
  // becomes ops/gen_x.py unless the rule gives `out`.
  const build = readText("tensorflow/python/BUILD");
  for (const m of build.matchAll(/tf_gen_op_wrapper_(private_)?py\(([\s\S]*?)\n\)/g)) {
    const name = /name = "(\w+)"/.exec(m[2])[1].replace(/_gen$/, "");
    const out = /out = "([\w/]+)\.py"/.exec(m[2])?.[1] ?? `ops/gen_${name}`;
    names.add(`tensorflow.python.${out.replaceAll("/", ".")}`);
  }
  // Every package on the way is a module too.
  for (const n of [...names]) {
    const parts = n.split(".");
    for (let i = 1; i < parts.length; i++) names.add(parts.slice(0, i).join("."));
  }
  names.delete("tensorflow");
  return [...names].sort();
}

const modules = internalModules();
writeFileSync(join(here, "modules.ts"), [
  "// Generated by src/shim/surface/generate.mjs from a TF 1.15.5 source tree. Do not edit.",
  "// TF's internal Python modules (what `import tensorflow.python.x.y` finds), one per line.",
  `export const TF_MODULES: string = ${JSON.stringify(modules.join("\n"))};`,
  "",
].join("\n"));
process.stdout.write(`modules.ts: ${modules.length} modules\n`);

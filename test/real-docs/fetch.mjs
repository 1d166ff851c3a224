#!/usr/bin/env node
// Brings the real documents listed in sources.tsv out of fetched repository copies into the
// git-ignored folder test/real-docs/.docs/ (others' documents are never committed). Each row names
// a repository, a path and a commit; the document is read from that commit with `git show`, after
// checking that the commit exists in the copy. Usage:
//   node test/real-docs/fetch.mjs [--mirror DIR]      (DIR defaults to $TFSCOPE_MIRROR or /work/.mirror)
// A fetched copy of owner/name lives in DIR/owner+name/ as a bare git dir (repo/) or a clone (repo/.git).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSources, docFile } from "./sources.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const mi = args.indexOf("--mirror");
const mirror = mi >= 0 ? args[mi + 1] : process.env.TFSCOPE_MIRROR ?? "/work/.mirror";
const out = join(here, ".docs");
mkdirSync(out, { recursive: true });

function gitDir(repo) {
  const base = join(mirror, repo.replace("/", "+"), "repo");
  if (existsSync(join(base, ".git"))) return join(base, ".git");
  if (existsSync(join(base, "HEAD"))) return base;
  return null;
}

let ok = 0;
const missing = [];
for (const s of readSources(here)) {
  const git = gitDir(s.repo);
  if (!git) {
    missing.push(`${s.id}: no fetched copy of ${s.repo} under ${mirror}`);
    continue;
  }
  try {
    const type = execFileSync("git", ["--git-dir", git, "cat-file", "-t", s.commit], { encoding: "utf8" }).trim();
    if (type !== "commit") throw new Error(`${s.commit} is a ${type}, not a commit`);
    const text = execFileSync("git", ["--git-dir", git, "show", `${s.commit}:${s.path}`], { maxBuffer: 64 << 20 });
    writeFileSync(join(out, docFile(s)), text);
    ok++;
  } catch (e) {
    missing.push(`${s.id}: ${s.repo}@${s.commit.slice(0, 10)}:${s.path}: ${String(e.message).split("\n")[0]}`);
  }
}
console.log(`fetched ${ok} documents into ${out}`);
for (const m of missing) console.log(`missing ${m}`);
process.exit(missing.length ? 1 : 0);

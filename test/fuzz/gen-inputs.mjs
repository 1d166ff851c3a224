/**
 * Random inputs beyond generated programs: mutations of the seed snippets (snippets/DOC/NN.py), deep and
 * long constructs (the shapes that once overflowed the JS stack or took quadratic time), and random
 * Markdown documents for `check`. Every generator is a function of an integer seed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { genProgram, rng } from "./gen-programs.mjs";

/** The seed snippets' sources, read once. */
export function seedSnippets(root) {
  const dir = join(root, "snippets");
  const out = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    for (const f of readdirSync(join(dir, d.name)).sort()) if (f.endsWith(".py")) out.push(readFileSync(join(dir, d.name, f), "utf8"));
  }
  return out;
}

// Pieces a mutation inserts: brackets, keywords and characters the tokenizer and parser treat specially.
const PIECES = ["(", ")", "[", "]", "{", "}", ":", ",", "not ", " and ", "lambda: ", "*", "**", "'", '"', '"""', "f'{", "}", "\\", "\\\n",
  "\t", "    ", "\n", "\n    ", "\u200b", " \u200b", "\0", "\u00a0", "$", "?", "!", "`", "=", "==", ":=", "->", "@", "...", ".", ";",
  "if ", "else ", "for ", "in ", "return ", "yield ", "await ", "async ", "del ", "global x\n", "nonlocal x\n", "import ", "from ",
  "class ", "def ", "try:\n", "except:\n", "1_", "0x", "1e", "1j", "0777", "b'\\xff'", "u'", "r'\\", "rb'", "#", "# -*- coding: latin-1 -*-\n",
  "print ", "exec ", "`x`", "<>", "x++", "None = 1", "True", "__debug__ = 1"];

/** A seed snippet (or a generated program) with a few random edits. */
export function genMutation(seed, seeds) {
  const r = rng(seed);
  let src = r.chance(0.7) ? r.pick(seeds) : genProgram(seed ^ 0x5bd1e995);
  const edits = r.int(1, 4);
  for (let i = 0; i < edits; i++) src = mutate(src, r);
  return src;
}

function mutate(src, r) {
  const at = r.int(0, src.length);
  const lines = src.split("\n");
  const li = r.int(0, Math.max(0, lines.length - 1));
  switch (r.int(0, 7)) {
    case 0: return src.slice(0, at) + r.pick(PIECES) + src.slice(at);
    case 1: return src.slice(0, at) + src.slice(at + r.int(1, 8));
    case 2: lines.splice(li, 0, lines[li] ?? ""); return lines.join("\n");
    case 3: lines.splice(li, 1); return lines.join("\n");
    case 4: lines[li] = " ".repeat(r.int(1, 8)) + (lines[li] ?? ""); return lines.join("\n");
    case 5: { const j = r.int(0, lines.length - 1); [lines[li], lines[j]] = [lines[j] ?? "", lines[li] ?? ""]; return lines.join("\n"); }
    case 6: return src.slice(0, at) + src.charAt(r.int(0, src.length - 1)) + src.slice(at);
    default: return src.slice(0, at) + genDeep(r.int(0, 1 << 30), 300) + src.slice(at);
  }
}

/** A deeply nested or very long construct; `scale` bounds its size. Mostly valid Python at the top level. */
export function genDeep(seed, scale) {
  const r = rng(seed);
  const n = r.int(1, scale);
  switch (r.int(0, 13)) {
    case 0: return `x = ${"(".repeat(n)}1${")".repeat(n)}\n`;
    case 1: return `x = ${"[".repeat(n)}${"]".repeat(n)}\n`;
    case 2: return `x = ${"not ".repeat(n)}1\n`;
    case 3: return `x = ${Array(n + 1).fill("1").join(" + ")}\n`;
    case 4: return `x = ${"-".repeat(n)}1\n`;
    case 5: return `f = ${"lambda: ".repeat(n)}1\n`;
    case 6: return Array.from({ length: Math.min(n, 120) }, (_, i) => `${" ".repeat(i)}if 1:\n`).join("") + `${" ".repeat(Math.min(n, 120))}pass\n`;
    case 7: return Array.from({ length: Math.min(n, 30) }, (_, i) => `${" ".repeat(i)}for _ in [1]:\n`).join("") + `${" ".repeat(Math.min(n, 30))}pass\n`;
    case 8: return `x = 1${" ".repeat(n * 20)}y\n`;
    case 9: return `x = [${"1, ".repeat(n * 10)}${r.pick(["$", "?", "]", ""])}]\n`;
    case 10: return `x = ${"{'a': ".repeat(n)}1${"}".repeat(n)}\n`;
    case 11: return `x = 1${" if 1 else 2".repeat(n)}\n`;
    case 12: return `x = ${"9".repeat(n * 20)}\nprint(str(x)[:3])\n`;
    default: return `x = a${".b".repeat(n)}${"()".repeat(r.int(0, n))}\n`;
  }
}

const FENCES = ["```python\n", "```py\n", "~~~python\n", "```pycon\n", "```bash\n"];

/**
 * A random Markdown document: prose, code blocks (seeds, mutations, generated programs, console
 * sessions) and claims. Returns the text and how many Python code blocks it holds (fenced python/py/
 * pycon blocks), which `check` must each list.
 */
export function genDocument(seed, seeds) {
  const r = rng(seed);
  const parts = [`# Doc ${seed}\n\n`];
  let blocks = 0;
  const n = r.int(1, 5);
  for (let i = 0; i < n; i++) {
    parts.push(r.pick(["Some prose.\n\n", "A list:\n\n- one\n- two\n\n", "Output:\n\n", "| a | b |\n|---|---|\n| 1 | 2 |\n\n", "> quote\n\n"]));
    const fence = r.pick(FENCES);
    let code;
    if (fence === "```pycon\n") code = `>>> x = ${r.int(0, 9)}\n>>> x + 1\n${r.int(0, 12)}\n>>> ${r.pick(["print(x)", "1/0", "[x] * 2", "y"])}\n`;
    else if (r.chance(0.3)) code = r.pick(seeds);
    else if (r.chance(0.5)) code = genMutation(r.int(0, 1 << 30), seeds);
    else code = genProgram(r.int(0, 1 << 30));
    if (r.chance(0.2)) code += `print(${r.int(0, 9)})  # ==> ${r.int(0, 9)}\n`;
    if (r.chance(0.1)) code = code.replace(/```/g, "");
    code = code.replace(/^(```|~~~)/gm, "  $1");
    parts.push(fence, code.endsWith("\n") ? code : code + "\n", fence.slice(0, 3), "\n\n");
    if (fence !== "```bash\n") blocks++;
  }
  return { text: parts.join(""), blocks };
}

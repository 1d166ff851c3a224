/**
 * py-ast.json as Node reads it (src/shim/py-sources.ts): an index of the modules, then each module's
 * tree read on its first import, from the file's bytes or from a host's whole text.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileHost, memoryFiles, parse, parsedModuleSources } from "../../src/python/index.js";
import { packAsts, packedTree, primeFromPack } from "../../src/shim/py-sources.js";

// A bigint literal (beyond 2**53, kept as a JSON marker), non-ASCII text (escaped so a character is a
// byte), and a module long enough that the offsets' digits change the index's length.
const A = '"""Modul\u00e9 \u2192 a."""\nBIG = 123456789012345678901234567890\nNAME = "\u00fcber"\n';
const B = `${Array.from({ length: 400 }, (_, i) => `x${i} = [${i}, "s${i}"]`).join("\n")}\n`;
const C = "def f(*a, **k):\n    return a, k\n";

const tree = (source: string) => parse(source, { filename: "<t>" }).module;
const primed = (source: string) => parsedModuleSources().find(([s]) => s === source)?.[1];

describe("py-ast.json's packed layout", () => {
  const text = packAsts(
    [
      ["pkg", A, tree(A)],
      ["pkg.b", B, tree(B)],
    ],
    [[C, tree(C)]],
  );

  it("is one ASCII JSON object whose index says where each tree is", () => {
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    const whole = JSON.parse(text) as { index: { modules: [string, string, number, number][] }; trees: unknown[] };
    expect(whole.index.modules.map(([name, source]) => [name, source])).toEqual([
      ["pkg", A],
      ["pkg.b", B],
    ]);
    const [, , start, end] = whole.index.modules[1]!;
    expect(JSON.parse(text.slice(start, end))).toEqual(whole.trees[1]);
  });

  it("gives the shim's modules and the trees the parser gives, through a host's whole text", () => {
    const path = "/mem/py-ast.json";
    expect(primeFromPack(memoryFiles({ [path]: text }), path)).toEqual([
      ["pkg", A],
      ["pkg.b", B],
    ]);
    for (const source of [A, B, C]) expect(primed(source)).toEqual(tree(source));
  });

  it("reads one tree's bytes from the file under Node", () => {
    const dir = mkdtempSync(join(tmpdir(), "py-ast-"));
    try {
      const path = join(dir, "py-ast.json");
      writeFileSync(path, text);
      expect(fileHost().readRange?.(path, 0, 8)).toBe('{"head":');
      expect(primeFromPack(fileHost(), path)?.map(([name]) => name)).toEqual(["pkg", "pkg.b"]);
      expect(primed(A)).toEqual(tree(A));
      expect((primed(A)!.body[1] as { value: { value: { value: unknown } } }).value.value.value).toBe(123456789012345678901234567890n);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads one source's tree alone for a function that dropped its tree (packedTree), without the index", () => {
    const dir = mkdtempSync(join(tmpdir(), "py-ast-"));
    try {
      const path = join(dir, "py-ast.json");
      writeFileSync(path, text);
      primeFromPack(fileHost(), path);
      const [readA, readC] = [packedTree(A), packedTree(C)];
      expect(packedTree("x = 1\n")).toBeUndefined();
      // Each reader holds its file and range only; a file gone reads as null (the caller then parses).
      expect(readA!()).toEqual(tree(A));
      expect(readC!()).toEqual(tree(C));
      rmSync(path);
      expect(readA!()).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is no pack when the file is missing", () => {
    expect(primeFromPack(memoryFiles({}), "/mem/none.json")).toBeNull();
  });
});

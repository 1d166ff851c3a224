/** grammar/console.grammar's cases (console.txt: input, `==>`, tree), and @lezer/python mounted on the sources. */
import { readFileSync } from "node:fs";
import type { SyntaxNode } from "@lezer/common";
import { fileTests } from "@lezer/generator/test";
import { describe, expect, it } from "vitest";
import { consoleParser, transcriptParser } from "../../src/docs/formats/transcript.js";

describe("console.txt", () => {
  const file = new URL("console.txt", import.meta.url);
  for (const { name, run } of fileTests(readFileSync(file, "utf8"), "console.txt")) it(name, () => run(transcriptParser));
});

describe("Python inside", () => {
  it("parses each input's source lines as one Python program, prompts left out", () => {
    const text = '>>> with tf.variable_scope("a"):\n...     x = 1\n>>> x\n1\n';
    const tree = consoleParser.parse(text);
    const path = (at: number) => {
      const names: string[] = [];
      for (let n: SyntaxNode | null = tree.resolveInner(at, 1); n; n = n.parent) names.push(n.name);
      return names.join(" < ");
    };
    expect(path(text.indexOf("with"))).toBe("with < WithStatement < Script < Input < Example < Transcript");
    // The `...` prompt is not Python: the with body still parses, an assignment in a Body.
    expect(path(text.indexOf("x = 1"))).toBe("VariableName < AssignStatement < Body < WithStatement < Script < Input < Example < Transcript");
    expect(path(text.lastIndexOf("1"))).toBe("Output < Example < Transcript");
  });
});

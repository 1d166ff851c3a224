import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/docs/claims.js";
import { classifyBlock } from "../../src/docs/code-lines.js";
import { extract } from "../../src/docs/extract.js";
import { TextMemo } from "../../src/docs/memo.js";
import { readsAsOutput } from "../../src/docs/output-text.js";
import { scanNames } from "../../src/docs/python-names.js";
import { snippetNames } from "../../src/docs/python-scopes.js";

describe("memos of the checker's text analyses", () => {
  it("keep a result per text, compute a throwing text again, and drop the oldest past their bound", () => {
    const calls: string[] = [];
    const memo = new TextMemo((t) => {
      calls.push(t);
      if (t === "bad") throw new Error("no");
      return { length: t.length };
    }, 2);
    const a = memo.get("a");
    expect(memo.get("a")).toBe(a);
    expect(() => memo.get("bad")).toThrow("no");
    expect(() => memo.get("bad")).toThrow("no");
    memo.get("bb");
    memo.get("ccc"); // "a" goes
    expect(memo.get("a")).toEqual({ length: 1 });
    expect(calls).toEqual(["a", "bad", "bad", "bb", "ccc", "a"]);
  });

  it("keep texts up to a total length, and never one longer than an eighth of it", () => {
    let calls = 0;
    const memo = new TextMemo((t) => ({ t, call: ++calls }), 100, 16);
    const long = memo.get("abc"); // longer than 16 / 8: computed every time
    expect(memo.get("abc")).not.toBe(long);
    const a = memo.get("aa");
    for (const t of ["bb", "cc", "dd", "ee", "ff", "gg", "hh"]) memo.get(t); // 16 characters in all
    expect(memo.get("aa")).toBe(a);
    memo.get("ii"); // "aa" goes
    const again = memo.get("aa");
    expect(again).not.toBe(a);
    expect(again).toEqual({ t: "aa", call: calls });
  });

  it("give every snippetNames call its own statements (readings tell two units' statements apart by identity)", () => {
    const code = "import tensorflow as tf\nx = tf.constant(1)\nprint(x)\n";
    const first = snippetNames(code);
    const second = snippetNames(code);
    expect(second).toEqual(first);
    expect(second.statements.length).toBe(3);
    for (let i = 0; i < 3; i++) expect(second.statements[i]).not.toBe(first.statements[i]);
    expect([...second.statements[1]!.binds]).toEqual(["x"]);
    expect([...second.needs]).toEqual(["print"]);
  });

  it("answer a repeated scan or classification as the first one", () => {
    const code = "def f():\n    global g\n    g = 1\nh = f()\n";
    const once = scanNames(code);
    expect(scanNames(code)).toEqual(once);
    expect([...once.bound].sort()).toEqual(["f", "g", "h"]);
    const lines = ["with tf.variable_scope('foo'):", "    v = tf.get_variable('v', [1])"];
    expect(classifyBlock(lines)).toBe("code");
    expect(classifyBlock([...lines])).toBe("code");
    // Lines joined differently are different texts.
    expect(classifyBlock(["x = 1", "y = 2"])).toBe("code");
    expect(classifyBlock(["The result is", "shown below."])).toBe("prose");
    expect(classifyBlock(["The result is"])).toBe(classifyBlock(["The result is"]));
    for (let i = 0; i < 2; i++) {
      expect(readsAsOutput(["scope/v:0", "[1. 2.]"])).toBe(true);
      expect(readsAsOutput(["scope/v:0", "x = f(1)"])).toBe(false);
      // A line holding a newline is judged as the lines it is, never from the memo of the joined text.
      expect(readsAsOutput(["scope/v:0\n[1. 2.]"])).toBe(false);
    }
  });
});

describe("claims of a snippet text met again at another place", () => {
  const code = "v = tf.get_variable('v', [1])\nprint(v.name)  # v:0\n\n# Raises ValueError\nw = tf.get_variable('v', [1])\nassert w is v\n";
  const at = (prefix: string) => {
    const e = extract("doc.md", prefix + "```python\n" + code + "```\n");
    return findClaims(e.snippets[0]!);
  };

  it("are the first place's claims, at the new lines, as objects of their own", () => {
    const first = at("");
    const later = at("# Title\n\nSome prose.\n\n");
    const lines = (f: typeof first) => [...f.claims.map((c) => [c.kind, c.line, c.statementLine]), ...f.prints.map((p) => ["print", p.line])];
    expect(lines(first)).toEqual([["print-comment", 3, undefined], ["raises", 5, 6], ["assert", 7, undefined], ["print", 3]]);
    expect(lines(later)).toEqual([["print-comment", 7, undefined], ["raises", 9, 10], ["assert", 11, undefined], ["print", 7]]);
    expect(later.claims.map((c) => ({ ...c, line: 0, statementLine: 0 }))).toEqual(first.claims.map((c) => ({ ...c, line: 0, statementLine: 0 })));
    // A caller that changes its claims changes nobody else's.
    first.claims[0]!.line = 99;
    expect(at("").claims[0]!.line).toBe(3);
  });
});

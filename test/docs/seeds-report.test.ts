import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUNDLED_CORPUS, readCorpus } from "../../src/docs/golden.js";
import type { Outcome, RunOptions } from "../../src/docs/outcome.js";
import { fakeFactory } from "./fake-session.js";
import { describeSeedReport } from "./seed-report-cases.js";

/**
 * Where each raising seed snippet raises (document lines, outermost frame first), read off the
 * seeds and the goldens' reasons: the .expected files hold the exception but not its line.
 */
const RAISE_FRAMES: Record<string, number[]> = {
  "000:15": [30, 18],
  "000:39": [49, 43],
  "000:58": [76, 69, 62],
  "001:19": [42],
  "001:73": [92],
  "002:89": [91],
  "002:96": [97],
  "003:167": [171],
  "004:67": [88],
};

/** A session that answers each seed snippet with its golden (the project's record of what TF 1.15 does). */
function goldenSession() {
  const goldens = new Map<string, Partial<Outcome>>();
  for (const d of readCorpus(BUNDLED_CORPUS)) {
    const prefix = d.manifest.document.slice(0, 3);
    for (const e of d.manifest.snippets) {
      const text = readFileSync(join(d.dir, `${e.id}.expected`), "utf8");
      const m = /^\[raises\] (\w+): (.*)\n$/m.exec(text);
      const stdout = m ? text.slice(0, m.index) : text;
      const key = `${prefix}:${e.startLine}`;
      const frames = RAISE_FRAMES[key] ?? [];
      const outcome: Partial<Outcome> = { stdout, python2: e.python2, nondeterministic: e.nondeterministic };
      if (m?.[1] === "SyntaxError") outcome.syntaxError = { message: m[2]!, line: 271, col: 0 };
      else if (m) {
        const traceback = frames.map((l) => `  File "${d.manifest.document}", line ${l}, in <module>`).join("\n");
        outcome.exception = { type: m[1]!, message: m[2]!, line: frames[frames.length - 1], traceback };
      }
      goldens.set(key, outcome);
    }
  }
  return (code: string, o: RunOptions): Partial<Outcome> => {
    if (o.filename === "<tfscope setup>") return {};
    const doc = o.filename.split("/").pop()!.slice(0, 3);
    const g = goldens.get(`${doc}:${o.firstLine}`);
    if (!g) throw new Error(`no golden for ${doc}:${o.firstLine}`);
    // The goldens name the document by file name; tracebacks name it by the path given.
    return g.exception ? { ...g, exception: { ...g.exception, traceback: g.exception.traceback.replaceAll(/File "[^"]*"/g, `File "${o.filename}"`) } } : g;
  };
}

describeSeedReport("the five seeds, with the goldens as the session", () => fakeFactory(goldenSession()).factory);

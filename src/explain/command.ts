/**
 * `tfscope explain FILE.py [--tf VERSION] [--json]` and `tfscope explain DOC.md:LINE`: runs the code
 * with the recorder on and prints why every scope, op, variable and exception is what it is.
 */
import { existsSync, readFileSync } from "node:fs";
import { Option } from "commander";
import { type CommandIO, commandFor, parseCommandLine } from "../command-line.js";
import type { Profile } from "../docs/outcome.js";
import { explainDocumentLine } from "./document.js";
import { explainSnippet } from "./explain.js";
import { renderExplanation } from "./render.js";
import type { Explanation } from "./schema.js";

/** A writable stream as the CLI needs it. */
export type ExplainIO = CommandIO;

/**
 * `argv` is what follows `explain` on the command line. Resolves to the exit status: 0 when the code
 * was explained (whatever it raised), 1 when the file cannot be read or holds no snippet at LINE,
 * 2 on a usage error.
 */
export async function explainCommand(argv: readonly string[], io: ExplainIO): Promise<number> {
  const program = commandFor("tfscope explain", io)
    .description("Run a snippet as TensorFlow would and say why every scope, op, variable and exception is what it is.")
    .argument("<target>", "a Python file, or DOC:LINE for the snippet of a document (.md, .txt) containing that line")
    .addOption(new Option("--tf <version>", "TensorFlow profile").choices(["1.15", "2", "0.12"]).default("1.15"))
    .option("--json", "print the explanation as JSON (schema tfscope-explain/1, see src/explain/schema.ts)");
  const usage = parseCommandLine(program, argv);
  if (usage !== null) return usage;
  const opts = program.opts<{ tf: Profile; json?: boolean }>();
  const target = program.args[0]!;
  const fail = (msg: string) => {
    io.stderr.write(`tfscope explain: ${msg}\n`);
    return 1;
  };
  // `DOC:LINE` unless the whole target names an existing file (a path may contain a colon).
  const m = /^(.*):(\d+)$/.exec(target);
  const [path, line] = m && !existsSync(target) ? [m[1]!, Number(m[2])] : [target, null];
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    return fail(`can't open file '${path}': ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  let x: Explanation | null;
  if (line === null) x = explainSnippet(text, { filename: path, profile: opts.tf });
  else {
    x = explainDocumentLine(path, text, line, opts.tf);
    if (x === null) return fail(`no Python snippet of ${path} contains line ${line}`);
  }
  io.stdout.write(opts.json ? `${JSON.stringify(x, null, 2)}\n` : renderExplanation(x));
  return 0;
}

import { writeFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { extname, join } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { check, type CheckOptions } from "./check.js";
import { addToCorpus, BUNDLED_CORPUS, checkCorpus, updateCorpus, UsageError } from "./golden.js";
import type { Profile, SessionFactory } from "./outcome.js";
import { annotations } from "./report-annotations.js";
import { junitReport } from "./report-junit.js";
import { humanReport } from "./report.js";
import { FAILING, type JsonReport } from "./report-schema.js";

/** A writable stream as the CLI needs it. */
export interface Writer {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Where `tfscope check` writes and what it runs snippets with. */
export interface CheckIO {
  stdout: Writer;
  stderr: Writer;
  sessionFactory: SessionFactory;
  /** Environment (for `CI`); defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** The bundled corpus directory; defaults to the package's `snippets/`. */
  corpus?: string;
  /** Explains a contradicted claim's snippet (issue #7) for `--explain`; the CLI passes tfscope explain's. */
  explain?: CheckOptions["explain"];
}

/** The extensions `check` reads as documents (a reader for another format adds its own). */
export const DOCUMENT_EXTENSIONS = new Set([".md", ".markdown", ".txt", ".py"]);

function isDocument(path: string): boolean {
  return DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase());
}
const PROGRESS_THRESHOLD = 5;

/**
 * `tfscope check [paths...]`: `argv` is what follows `check` on the command line. Resolves to the
 * exit status: 0 when every snippet passes (or is skipped / xfail), 1 when a claim is contradicted
 * or a snippet errors, fails to compile or needs what tfscope lacks, 2 on a usage error.
 */
export async function checkCommand(argv: readonly string[], io: CheckIO): Promise<number> {
  const program = new Command("tfscope check")
    .description("Find the Python snippets in documents, run them as TensorFlow 1.15 would, and judge what the documents claim. With no paths, check the bundled snippets/ corpus.")
    .argument("[paths...]", "documents (.md, .txt, .py) or directories of them")
    .option("--json", "print the report as JSON (schema tfscope-check/2, see src/docs/report-schema.ts)")
    .option("--junit <file>", "also write a JUnit XML report to <file>")
    .option("--annotations", "also print GitHub Actions annotations (::error file=…,line=…::…); to stderr with --json")
    .option("--update", "rewrite the corpus goldens (.expected) from current behaviour, or with paths add those documents to the corpus; refused when CI is set")
    .addOption(new Option("--tf <version>", "TensorFlow profile").choices(["1.15", "2", "0.12"]).default("1.15"))
    .option("--corpus <dir>", "the snippets corpus directory (default: the bundled snippets/)")
    .option("-v, --verbose", "list every claim and note, not only failures")
    .option("--explain", "attach to every contradicted claim the explanation of why TF names things as it does")
    .option("--no-color", "never colour the output")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  try {
    program.parse([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const opts = program.opts<{ json?: boolean; junit?: string; annotations?: boolean; update?: boolean; tf: Profile; corpus?: string; verbose?: boolean; color: boolean; explain?: boolean }>();
  const paths = program.args;
  const progress = (done: number, total: number, doc: string) => {
    if (total < PROGRESS_THRESHOLD || !io.stderr.isTTY) return;
    io.stderr.write(done === total ? "\r\x1b[K" : `\r\x1b[K[${done}/${total}] ${doc}`);
  };
  const options: CheckOptions = { sessionFactory: io.sessionFactory, profile: opts.tf, onDocument: progress, debug: !!(io.env ?? process.env).TFSCOPE_DEBUG };
  if (opts.explain) {
    if (io.explain === undefined) {
      io.stderr.write("tfscope check: --explain is not available here\n");
      return 2;
    }
    options.explain = io.explain;
  }
  let result: JsonReport;
  try {
    const corpus = opts.corpus ?? io.corpus ?? BUNDLED_CORPUS;
    if (opts.update) {
      result = paths.length
        ? addToCorpus(expandPaths(paths), corpus, options, io.env ?? process.env)
        : updateCorpus(corpus, options, io.env ?? process.env);
    } else if (paths.length) {
      const docs = expandPaths(paths);
      if (!docs.length) throw new UsageError(`nothing to check: no documents (${[...DOCUMENT_EXTENSIONS].join(", ")}) in ${paths.join(", ")}`);
      result = check(docs, options);
    }
    else result = checkCorpus(corpus, options);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`tfscope check: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.json) io.stdout.write(JSON.stringify(result, null, 2) + "\n");
  else io.stdout.write(humanReport(result, { color: opts.color && !!io.stdout.isTTY, verbose: !!opts.verbose }));
  // Workflow commands are read from stderr too; keep --json's stdout parseable.
  if (opts.annotations) (opts.json ? io.stderr : io.stdout).write(annotations(result));
  if (opts.junit) {
    try {
      writeFileSync(opts.junit, junitReport(result));
    } catch (e) {
      io.stderr.write(`tfscope check: cannot write ${opts.junit}: ${e instanceof Error ? e.message : e}\n`);
      return 2;
    }
  }
  if (result.mode === "documents" && result.summary.snippets === 0) {
    io.stderr.write(`tfscope check: nothing to check: no Python snippets found in ${result.documents.map((d) => d.document).join(", ")}\n`);
    return 2;
  }
  return exitStatus(result);
}

/** 0 when nothing failed, else 1. */
export function exitStatus(r: JsonReport): number {
  return r.documents.some((d) => d.snippets.some((s) => FAILING.has(s.status))) ? 1 : 0;
}

/**
 * Files as given; directories become the documents under them, sorted. Missing paths, and files that
 * are not documents (a .json, an image), are usage errors: they are never run as Python.
 */
function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(`cannot open '${p}': No such file or directory`);
    if (!statSync(p).isDirectory()) {
      if (!isDocument(p)) throw new UsageError(`'${p}' is not a document tfscope reads (${[...DOCUMENT_EXTENSIONS].join(", ")})`);
      out.push(p);
      continue;
    }
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith(".") || e.name === "node_modules") continue;
        const full = join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (isDocument(full)) out.push(full);
      }
    };
    walk(p);
  }
  return out;
}

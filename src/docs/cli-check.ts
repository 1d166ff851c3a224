import { writeFileSync, readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { extname, join } from "node:path";
import { InvalidArgumentError } from "commander";
import { commandFor, parseCommandLine } from "../command-line.js";
import { check, type CheckOptions, report } from "./check.js";
import { addToCorpus, BUNDLED_CORPUS, checkCorpus, updateCorpus, UsageError } from "./golden.js";
import type { Profile, SessionFactory } from "./outcome.js";
import { ledgerOf, ledgerReport } from "./ledger.js";
import { fixReport } from "./fix-report.js";
import { planFixes } from "./fix.js";
import { dependencies, dependencyReport } from "./deps.js";
import { matrixReport, versionMatrix } from "./version-matrix.js";
import { extract } from "./extract.js";
import { type Ask, chooseFixes } from "./fix-interactive.js";
import { annotations } from "./report-annotations.js";
import { junitReport } from "./report-junit.js";
import { sarifReport } from "./report-sarif.js";
import { humanReport } from "./report.js";
import { FAILING, type JsonDocument, type JsonReport } from "./report-schema.js";

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
  /** Asks a question on the terminal (`--fix --interactive`); absent, or with stdin not a terminal, --interactive is refused. */
  ask?: Ask;
  stdinIsTTY?: boolean;
  /** The bundled corpus directory; defaults to the package's `snippets/`. */
  corpus?: string;
  /** Explains a contradicted claim's snippet (issue #7) for `--explain`; the CLI passes tfscope explain's. */
  explain?: CheckOptions["explain"];
  /** Checks documents in parallel (`--jobs`); the CLI passes worker threads. Without it, checks are serial. */
  parallel?: {
    defaultJobs: number;
    /** `local` checks one document in this thread, which takes its share beside the workers. */
    run(
      paths: readonly string[],
      jobs: number,
      settings: { profile: Profile; explain: boolean },
      onDocument: CheckOptions["onDocument"],
      local: (path: string) => JsonDocument,
    ): Promise<JsonDocument[]>;
  };
}

/** The extensions `check` reads as documents (a reader for another format adds its own). */
export const DOCUMENT_EXTENSIONS = new Set([".md", ".markdown", ".txt", ".py", ".ipynb"]);

function isDocument(path: string): boolean {
  return DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase());
}
const PROGRESS_THRESHOLD = 5;
/** Fewer documents than this are checked in one thread: a worker's start-up (its own interpreter and
 *  `import tensorflow`) costs about as much as checking a few documents. */
const PARALLEL_THRESHOLD = 8;

/**
 * `tfscope check [paths...]`: `argv` is what follows `check` on the command line. Resolves to the
 * exit status: 0 when every snippet passes (or is skipped / xfail), 1 when a claim is contradicted
 * or a snippet errors, fails to compile or needs what tfscope lacks, 2 on a usage error.
 */
export async function checkCommand(argv: readonly string[], io: CheckIO): Promise<number> {
  const program = commandFor("tfscope check", io)
    .description("Find the Python snippets in documents, run them as TensorFlow 1.15 would, and judge what the documents claim. With no paths, check the bundled snippets/ corpus.")
    .argument("[paths...]", "documents (.md, .txt, .py, .ipynb) or directories of them")
    .option("--json", "print the report as JSON (schema tfscope-check/2, see src/docs/report-schema.ts)")
    .option("--junit <file>", "also write a JUnit XML report to <file>")
    .option("--ledger", "list every claim with what became of it (verified, contradicted, unverifiable, unchecked) and each document's coverage")
    .option("--explain-deps", "print each document's def/use graph across snippets (\"snippet 5 uses `v` from snippet 2\"); with --json, as each document's `dependencies`")
    .option("--sarif <file>", "also write a SARIF 2.1.0 report to <file>, for code-scanning views")
    .option("--annotations", "also print GitHub Actions annotations (::error file=…,line=…::…); to stderr with --json")
    .option("--update", "rewrite the corpus goldens (.expected) from current behaviour, or with paths add those documents to the corpus; refused when CI is set")
    .option("--tf <versions>", "TensorFlow profile: 1.15, 2 or 0.12; several, comma-separated (1.15,2), judge every claim under each and list where they differ", parseProfiles, ["1.15"] as Profile[])
    .option("--corpus <dir>", "the snippets corpus directory (default: the bundled snippets/)")
    .option("-v, --verbose", "list every claim and note, not only failures")
    .option("--explain", "attach to every contradicted claim the explanation of why TF names things as it does; with --fix, also write its reason above each rewritten comment (# tfscope: reason=\"...\")")
    .option("--shard <i/n>", "check only the i-th of n equal shares of the documents (for CI matrices; 1-based)", parseShard)
    .option("-j, --jobs <n>", "check documents in <n> worker threads (default 1: each worker pays its own start-up)", parseJobs)
    .option("--fix", "rewrite each contradicted claim where the document writes it with TF 1.15's value (never noise, prose or values from runs tfscope could not finish), and say what changed per file")
    .option("--diff", "with --fix: print the change as a unified diff instead of writing it")
    .option("--interactive", "with --fix: show each rewrite and ask y (rewrite), n (leave it), a (this and all the rest), q (stop); needs a terminal")
    .option("--no-color", "never colour the output");
  const usage = parseCommandLine(program, argv);
  if (usage !== null) return usage;
  const opts = program.opts<{ json?: boolean; junit?: string; sarif?: string; ledger?: boolean; annotations?: boolean; update?: boolean; tf: Profile[]; corpus?: string; verbose?: boolean; color: boolean; explain?: boolean; jobs?: number; shard?: [number, number]; fix?: boolean; diff?: boolean; interactive?: boolean; explainDeps?: boolean }>();
  const paths = program.args;
  const progress = (done: number, total: number, doc: string) => {
    if (total < PROGRESS_THRESHOLD || !io.stderr.isTTY) return;
    io.stderr.write(done === total ? "\r\x1b[K" : `\r\x1b[K[${done}/${total}] ${doc}`);
  };
  const profile = opts.tf[0]!;
  const options: CheckOptions = { sessionFactory: io.sessionFactory, profile, onDocument: progress, debug: !!(io.env ?? process.env).TFSCOPE_DEBUG };
  if (opts.explain) {
    if (io.explain === undefined) {
      io.stderr.write("tfscope check: --explain is not available here\n");
      return 2;
    }
    options.explain = io.explain;
  }
  if ((opts.diff || opts.interactive) && !opts.fix) {
    io.stderr.write(`tfscope check: ${opts.diff ? "--diff" : "--interactive"} goes with --fix\n`);
    return 2;
  }
  if (opts.interactive && (opts.diff || !io.ask || !io.stdinIsTTY)) {
    io.stderr.write(opts.diff ? "tfscope check: --interactive and --diff do not go together (--diff writes nothing)\n" : "tfscope check: --interactive asks on a terminal, and stdin is not one (review the change with --fix --diff instead)\n");
    return 2;
  }
  if (opts.fix && (opts.update || !paths.length)) {
    io.stderr.write("tfscope check: --fix rewrites documents given as paths (the corpus's goldens are rewritten by --update)\n");
    return 2;
  }
  let result: JsonReport;
  try {
    const corpus = opts.corpus ?? io.corpus ?? BUNDLED_CORPUS;
    if (opts.update) {
      result = paths.length
        ? addToCorpus(expandPaths(paths), corpus, options, io.env ?? process.env)
        : updateCorpus(corpus, options, io.env ?? process.env);
    } else if (paths.length) {
      const all = expandPaths(paths);
      if (!all.length) throw new UsageError(`nothing to check: no documents (${[...DOCUMENT_EXTENSIONS].join(", ")}) in ${paths.join(", ")}`);
      // Round-robin keeps shards alike in size and mix when a folder sorts similar documents together.
      const docs = opts.shard ? all.filter((_, k) => k % opts.shard![1] === opts.shard![0] - 1) : all;
      const jobs = opts.jobs ?? io.parallel?.defaultJobs ?? 1;
      result = io.parallel && jobs > 1 && docs.length >= PARALLEL_THRESHOLD
        ? report("documents", await io.parallel.run(docs, jobs, { profile, explain: !!opts.explain }, progress, (p) => check([p], { ...options, onDocument: undefined }).documents[0]!))
        : check(docs, options);
    }
    else result = checkCorpus(corpus, options);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`tfscope check: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.tf.length > 1) {
    if (opts.fix || opts.update || result.mode !== "documents") {
      io.stderr.write("tfscope check: several --tf profiles compare documents given as paths (not with --fix or --update)\n");
      return 2;
    }
    const reports: [Profile, JsonReport][] = [[profile, result]];
    for (const p of opts.tf.slice(1)) reports.push([p, check(result.documents.map((d) => d.document), { ...options, profile: p, onDocument: undefined })]);
    const diffs = versionMatrix(reports);
    if (opts.json) io.stdout.write(JSON.stringify({ profiles: opts.tf, matrix: diffs, reports: Object.fromEntries(reports) }, null, 2) + "\n");
    else io.stdout.write(humanReport(result, { color: opts.color && !!io.stdout.isTTY, verbose: !!opts.verbose }) + "\n" + matrixReport(reports, diffs));
    return exitStatus(result);
  }
  if (opts.ledger) result.ledger = result.documents.flatMap(ledgerOf);
  const graphs = opts.explainDeps && result.mode === "documents" ? result.documents.map((d) => {
    const found = extract(d.document, readFileSync(d.document, "utf8"));
    d.dependencies = dependencies(found);
    return dependencyReport(found, d.dependencies);
  }) : [];
  if (opts.fix) {
    const fixes = result.documents.map((d) => planFixes(d, readFileSync(d.document, "utf8"), { explain: !!opts.explain }));
    const declined = opts.interactive ? await chooseFixes(fixes, io.ask!, (t) => io.stdout.write(t)) : 0;
    if (!opts.diff) for (const f of fixes) if (f.after !== f.before) writeFileSync(f.document, f.after);
    io.stdout.write(fixReport(fixes, !!opts.diff, declined));
    return declined || fixes.some((f) => f.refused.length) ? 1 : 0;
  }
  if (opts.json) io.stdout.write(JSON.stringify(result, null, 2) + "\n");
  else io.stdout.write(humanReport(result, { color: opts.color && !!io.stdout.isTTY, verbose: !!opts.verbose }));
  // Workflow commands are read from stderr too; keep --json's stdout parseable.
  if (opts.ledger && !opts.json) io.stdout.write("\n" + ledgerReport(result));
  if (graphs.length && !opts.json) io.stdout.write("\n" + graphs.join("\n"));
  if (opts.annotations) (opts.json ? io.stderr : io.stdout).write(annotations(result));
  for (const [file, render] of [[opts.junit, junitReport], [opts.sarif, sarifReport]] as const) {
    if (!file) continue;
    try {
      writeFileSync(file, render(result));
    } catch (e) {
      io.stderr.write(`tfscope check: cannot write ${file}: ${e instanceof Error ? e.message : e}\n`);
      return 2;
    }
  }
  if (result.mode === "documents" && result.summary.snippets === 0) {
    io.stderr.write(`tfscope check: nothing to check: no Python snippets found in ${result.documents.map((d) => d.document).join(", ")}\n`);
    return 2;
  }
  return exitStatus(result);
}

function parseShard(v: string): [number, number] {
  const m = /^(\d+)\/(\d+)$/.exec(v);
  const [i, n] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!(n >= 1 && i >= 1 && i <= n)) throw new InvalidArgumentError("i/n with 1 <= i <= n, e.g. 2/4");
  return [i, n];
}

function parseProfiles(v: string): Profile[] {
  const all = v.split(",").map((p) => p.trim());
  const known = ["1.15", "2", "0.12"];
  const bad = all.find((p) => !known.includes(p));
  if (bad !== undefined || !all.length) throw new InvalidArgumentError(`each version must be one of ${known.join(", ")} (comma-separated for several)`);
  return [...new Set(all)] as Profile[];
}

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("a whole number of at least 1");
  return n;
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

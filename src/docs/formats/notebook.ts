/**
 * Reads a Jupyter notebook's JSON (nbformat 4, and 3 with its worksheets) into its code cells, their
 * recorded outputs, execution counts and tags, and the kernel's Python major version. Nothing here
 * runs code: a `.ipynb` file is data, never a Python program.
 *
 * nbformat 3 spells things differently (nbformat/v3/nbbase.py): cells sit in `worksheets[0].cells`,
 * code in `input`, the count in `prompt_number`, `pyout`/`pyerr` for `execute_result`/`error`, and
 * mime data flattened into the output (`text` for text/plain).
 */

/** One output a notebook recorded under a code cell. */
export type RecordedOutput =
  | { type: "stream"; name: "stdout" | "stderr"; text: string }
  | { type: "result"; text: string | null; count: number | null }
  | { type: "display"; text: string | null }
  | { type: "error"; ename: string; evalue: string; traceback: string[] };

/** A code cell of a notebook. */
export interface NotebookCell {
  /** 1-based position among all of the notebook's cells (Markdown cells count too, as editors number them). */
  cell: number;
  source: string;
  count: number | null;
  outputs: RecordedOutput[];
  tags: string[];
}

export interface Notebook {
  nbformat: number;
  /** 2 or 3 when the kernel says which Python it is; null when it does not. */
  python: 2 | 3 | null;
  /** The kernel's language when it is not Python (then nothing is run). */
  language: string | null;
  cells: NotebookCell[];
}

/** Why a file is not a notebook we can read: the message says what is wrong and where. */
export class NotebookError extends Error {}

type Json = Record<string, unknown>;

/** Parses a notebook's text; throws NotebookError when it is not one. */
export function readNotebook(text: string): Notebook {
  let nb: unknown;
  try {
    nb = JSON.parse(text);
  } catch (e) {
    throw new NotebookError(`not a notebook: invalid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isObject(nb)) throw new NotebookError("not a notebook: the JSON is not an object");
  const version = typeof nb.nbformat === "number" ? nb.nbformat : null;
  const metadata = isObject(nb.metadata) ? nb.metadata : {};
  let raw: unknown[];
  if (Array.isArray(nb.cells)) raw = nb.cells;
  else if (Array.isArray(nb.worksheets)) raw = nb.worksheets.flatMap((w) => (isObject(w) && Array.isArray(w.cells) ? w.cells : []));
  else throw new NotebookError("not a notebook: no `cells` (nbformat 4) or `worksheets` (nbformat 3)");
  const cells: NotebookCell[] = [];
  raw.forEach((c, i) => {
    if (!isObject(c) || c.cell_type !== "code") return;
    const meta = isObject(c.metadata) ? c.metadata : {};
    const count = c.execution_count ?? c.prompt_number;
    cells.push({
      cell: i + 1,
      source: joined(c.source ?? c.input),
      count: typeof count === "number" ? count : null,
      outputs: (Array.isArray(c.outputs) ? c.outputs : []).flatMap(output),
      tags: Array.isArray(meta.tags) ? meta.tags.filter((t): t is string => typeof t === "string") : [],
    });
  });
  const { python, language } = kernel(metadata);
  return { nbformat: version ?? (Array.isArray(nb.cells) ? 4 : 3), python, language, cells };
}

/** The kernel's language and Python version, from `kernelspec` and `language_info` (nbformat 4) or `language` (3). */
function kernel(metadata: Json): { python: 2 | 3 | null; language: string | null } {
  const spec = isObject(metadata.kernelspec) ? metadata.kernelspec : {};
  const info = isObject(metadata.language_info) ? metadata.language_info : {};
  const mode = isObject(info.codemirror_mode) ? info.codemirror_mode : {};
  const lang = String(info.name ?? spec.language ?? metadata.language ?? "python").toLowerCase();
  if (lang !== "python" && !lang.startsWith("python")) return { python: null, language: lang };
  const version = String(info.version ?? mode.version ?? "");
  const name = String(spec.name ?? "") + " " + String(spec.display_name ?? "");
  if (/^2(\.|$)/.test(version) || /python ?2\b|py2\b/i.test(name)) return { python: 2, language: null };
  if (/^3(\.|$)/.test(version) || /python ?3\b|py3\b/i.test(name)) return { python: 3, language: null };
  return { python: null, language: null };
}

function output(o: unknown): RecordedOutput[] {
  if (!isObject(o)) return [];
  const data = isObject(o.data) ? o.data : o; // nbformat 3 puts mime data on the output itself
  const plain = data["text/plain"] ?? (isObject(o.data) ? undefined : o.text);
  switch (o.output_type) {
    case "stream": {
      const name = o.name ?? o.stream;
      return [{ type: "stream", name: name === "stderr" ? "stderr" : "stdout", text: joined(o.text) }];
    }
    case "execute_result":
    case "pyout": {
      const count = o.execution_count ?? o.prompt_number;
      return [{ type: "result", text: plain === undefined ? null : joined(plain), count: typeof count === "number" ? count : null }];
    }
    case "display_data":
      return [{ type: "display", text: plain === undefined ? null : joined(plain) }];
    case "error":
    case "pyerr":
      return [{
        type: "error",
        ename: String(o.ename ?? ""),
        evalue: stripAnsi(String(o.evalue ?? "")),
        traceback: (Array.isArray(o.traceback) ? o.traceback : []).map((l) => stripAnsi(String(l))),
      }];
    default:
      return [];
  }
}

/** IPython colours tracebacks with ANSI escapes (ultratb); a reader sees the text without them. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");
}

/** nbformat stores multiline strings as a string or a list of lines (each keeping its "\n"). */
function joined(v: unknown): string {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return v.map((x) => (typeof x === "string" ? x : "")).join("");
  return "";
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

import type { Block } from "./blocks.js";
import { type ConsoleExample, parseConsole } from "./console.js";
import { diagnostic, type Diagnostic } from "./diagnostic.js";
import { type EmptyFence, hasFencedCode, markdownBlocks } from "./extract-markdown.js";
import { textBlocks } from "./extract-text.js";
import { type CellInfo, notebookExtraction } from "./formats/notebook-extract.js";
import { markerBody, type Markers, mergeMarkers, parseMarkers } from "./markers.js";
import { announcesOutput, hypothetical, isHeading, readsAsOutput } from "./output-text.js";
import { prepareText, SourceText } from "./source-text.js";

/** Program output shown in the document after a snippet: the snippet's expected stdout. */
export interface OutputBlock {
  startLine: number;
  endLine: number;
  text: string;
}

/** One runnable piece of a document. Every line number is the document's. */
export interface Snippet {
  document: string;
  /** 1-based position among the document's snippets. */
  index: number;
  /** `console`: a `>>>` session run example by example; `code`: a script. */
  kind: "code" | "console";
  startLine: number;
  endLine: number;
  /** The document line ranges the code came from (two or more when a page break split it). */
  blocks: [number, number][];
  /** Lines startLine..endLine; lines between blocks are blank, so line N of `code` is document line startLine+N-1. */
  code: string;
  /** The fence's language tag, or null. */
  tag: string | null;
  markers: Markers;
  output?: OutputBlock;
  examples?: ConsoleExample[];
  /** A notebook cell: its number, recorded outputs and how IPython runs it (formats/notebook-extract.ts). */
  notebook?: CellInfo;
  /** The prose right before the snippet (its last paragraph, after any heading): where pages state what it raises. */
  leadIn?: string;
}

/** Everything extraction found in one document. */
export interface Extraction {
  document: string;
  format: "markdown" | "text" | "python" | "notebook";
  snippets: Snippet[];
  /** Blocks that were neither taken as code nor as output, and other remarks. */
  notes: Diagnostic[];
  text: SourceText;
}

const PYTHON_TAGS = new Set(["python", "py", "python3", "py3", "python2", "py2", "ipython", "ipython3"]);
const CONSOLE_TAGS = new Set(["pycon", "python-console", "doctest"]);
/** Tags of blocks that show text, not code (`pre`: an HTML `<pre>` block, extract-markdown.ts). */
const OUTPUT_TAGS = new Set(["text", "txt", "output", "console", "plain", "plaintext", "pre"]);

/**
 * Finds the Python snippets of a document: `.py` files are one snippet; `.md` files, and `.txt`
 * pages with fenced code, are read as Markdown; other text is classified paragraph by paragraph.
 */
export function extract(document: string, raw: string): Extraction {
  const ext = extensionOf(document);
  if (ext === ".ipynb") return notebookExtraction(document, raw);
  const text = new SourceText(prepareText(raw));
  if (ext === ".py") return fromPython(document, text);
  const markdown = ext === ".md" || ext === ".markdown" || hasFencedCode(text);
  const empties: EmptyFence[] = [];
  const blocks = markdown ? markdownBlocks(text, empties) : textBlocks(text);
  const found = assemble(document, markdown ? "markdown" : "text", text, blocks);
  if (empties.length) noteEmptyFences(found, empties);
  return found;
}

/**
 * A Python or console fence with nothing in it is not a snippet, but it is not lost either: the
 * document's notes say it held nothing to run, in line order with the other notes. Blocks around it are
 * read as if it were not there, as before.
 */
function noteEmptyFences(found: Extraction, empties: readonly EmptyFence[]): void {
  const python = empties.filter((e) => e.tag !== null && (PYTHON_TAGS.has(e.tag) || CONSOLE_TAGS.has(e.tag)));
  if (!python.length) return;
  for (const e of python) {
    const where = e.endLine === e.startLine ? `line ${e.startLine}` : `lines ${e.startLine}–${e.endLine}`;
    found.notes.push(diagnostic(`${where}: an empty "${e.tag}" block; nothing to run`, found.document, e.startLine, found.text.line(e.startLine)));
  }
  found.notes.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}

/** The lower-cased extension of a path's last part, as path.extname gives it (`.md`; "" for `.bashrc`). */
function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

function fromPython(document: string, text: SourceText): Extraction {
  const lines = text.lines[text.lines.length - 1] === "" ? text.lines.slice(0, -1) : text.lines;
  const snippets: Snippet[] = [];
  if (lines.some((l) => l.trim() !== "")) {
    snippets.push(codeSnippet(document, 1, [{ startLine: 1, endLine: lines.length, lines }], null, {}));
  }
  return { document, format: "python", snippets, notes: [], text };
}

function assemble(document: string, format: "markdown" | "text", text: SourceText, blocks: Block[]): Extraction {
  const snippets: Snippet[] = [];
  const notes: Diagnostic[] = [];
  let pending: Block[] = [];
  let previousWasSnippet = false;
  let leadIn = "";
  const flush = () => {
    if (!pending.length) return;
    const head = pending[0]!;
    const s = codeSnippet(document, snippets.length + 1, pending, head.tag, head.markers);
    if (leadIn) s.leadIn = leadIn;
    snippets.push(s);
    pending = [];
  };
  for (const b of blocks) {
    const tag = b.tag;
    const last = snippets[snippets.length - 1];
    const isConsole = (tag !== null && CONSOLE_TAGS.has(tag)) || b.cls === "console";
    const afterCode = pending.length > 0 || (previousWasSnippet && last?.kind === "code" && !last.output);
    // Output shown for another case than the snippet's ("If we try printing z directly, we get:") is no claim on it.
    const outputShaped = !isConsole && (readsAsOutput(b.lines) || ((tag === null || OUTPUT_TAGS.has(tag)) && b.cls !== "code"));
    if (outputShaped && afterCode && b.gap.length > 0 && hypothetical(leadInOf(b.gap))) {
      flush();
      const lead = leadInOf(b.gap);
      const clause = /\bif (?:we|you|one) [^,.:;]*/i.exec(lead)![0];
      notes.push(
        diagnostic(
          `lines ${b.startLine}–${b.endLine}: shows another case ("${clause}"), not what the snippet gives; not judged`,
          document,
          b.startLine,
          text.line(b.startLine),
        ),
      );
      continue;
    }
    // Output, whatever the tag: it reads as output and follows a snippet with no more than a lead-in between.
    const shown = !isConsole && readsAsOutput(b.lines) && afterCode && leadsIn(b.gap, true);
    const isCode = !isConsole && !shown && ((tag !== null && PYTHON_TAGS.has(tag)) || (tag === null && b.cls === "code"));
    if (isCode) {
      if (!(pending.length && cutByPageBreak(pending[pending.length - 1]!, b))) flush();
      if (!pending.length) leadIn = leadInOf(b.gap);
      pending.push(b);
      previousWasSnippet = true;
      continue;
    }
    flush();
    if (isConsole) {
      const s = codeSnippet(document, snippets.length + 1, [b], tag, b.markers);
      s.kind = "console";
      s.examples = parseConsole(b.lines, b.startLine);
      snippets.push(s);
      previousWasSnippet = true;
      continue;
    }
    // A template (`events.out.tfevents.{timestamp}.{hostname}`, `/job:<JOB_NAME>`) shows a form, not what ran.
    const template = b.lines.some((l) => /\{[a-z_]+\}|<[A-Z_]{2,}>/.test(l));
    // An HTML <pre> block is shown text by its nature: after a snippet and a short paragraph, no heading between, it shows what the snippet gives.
    const shownPre = tag === "pre" && !template && b.gap.length <= 3 && !b.gap.some(isHeading);
    const outputLike = shown || shownPre || ((tag === null || OUTPUT_TAGS.has(tag)) && b.cls !== "code" && !template && leadsIn(b.gap, false));
    const target = snippets[snippets.length - 1];
    if (outputLike && previousWasSnippet && target && target.kind === "code" && !target.output) {
      target.output = { startLine: b.startLine, endLine: b.endLine, text: b.lines.join("\n") + "\n" };
    } else if (readsAsOutput(b.lines) && !isConsole) {
      notes.push(diagnostic(`lines ${b.startLine}–${b.endLine}: reads as program output but follows no snippet; not run`, document, b.startLine, text.line(b.startLine)));
    } else {
      const line = b.startLine;
      notes.push(
        diagnostic(
          `lines ${b.startLine}–${b.endLine}: a ${tag ? `"${tag}"` : "untagged"} block that is not Python code; not run`,
          document,
          line,
          text.line(line),
        ),
      );
    }
    previousWasSnippet = false;
  }
  flush();
  return { document, format, snippets, notes, text };
}

/**
 * Whether the prose between a snippet and a block lets the block be the snippet's output: nothing,
 * or a lead-in that announces output, never a heading. Content that reads as output may also follow a
 * short lead-in sentence that ends in a colon ("With an initializer:"); other content needs the cue.
 */
function leadsIn(gap: readonly string[], readsAsOutput: boolean): boolean {
  if (!gap.length) return true;
  if (gap.some(isHeading)) return false;
  const tail = gap.slice(-3).join(" ");
  if (announcesOutput(tail)) return true;
  return readsAsOutput && gap.length <= 2 && tail.length <= 240 && /:\s*$/.test(tail);
}

/** The last paragraph of prose before a block, after any heading (at most three lines). */
function leadInOf(gap: readonly string[]): string {
  let h = gap.length - 1;
  while (h >= 0 && !isHeading(gap[h]!)) h--;
  return gap.slice(h + 1).slice(-3).join(" ").trim();
}

/**
 * Two untagged code blocks with nothing between them but blank lines and fences, the cut falling
 * inside an indented body, are one example a page break split (pages turned into text lose tags,
 * and a fence there is where the page broke).
 */
function cutByPageBreak(a: Block, b: Block): boolean {
  if (a.tag !== null || b.tag !== null || b.gap.length || Object.keys(b.markers).length) return false;
  const indented = (l: string | undefined) => !!l && /^\s/.test(l);
  return indented(a.lines[a.lines.length - 1]) || indented(b.lines[0]);
}

function codeSnippet(
  document: string,
  index: number,
  parts: { startLine: number; endLine: number; lines: string[] }[],
  tag: string | null,
  before: Markers,
): Snippet {
  const startLine = parts[0]!.startLine;
  const endLine = parts[parts.length - 1]!.endLine;
  const code: string[] = new Array(endLine - startLine + 1).fill("");
  for (const p of parts) p.lines.forEach((l, i) => (code[p.startLine - startLine + i] = l));
  let markers = before;
  for (const l of code) {
    const body = markerBody(l);
    if (body !== null) markers = mergeMarkers(markers, parseMarkers(body));
  }
  if (tag === "python2" || tag === "py2") markers = { python2: true, ...markers };
  return {
    document,
    index,
    kind: "code",
    startLine,
    endLine,
    blocks: parts.map((p) => [p.startLine, p.endLine]),
    code: code.join("\n") + "\n",
    tag,
    markers,
  };
}

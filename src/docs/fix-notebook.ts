/**
 * `check --fix` for notebooks: rewrites a code cell's recorded output (a stdout `stream`'s `text`, an
 * `execute_result`'s `data["text/plain"]`) in the raw `.ipynb` text. Only the one JSON value changes:
 * re-serialising the file would lose what Jupyter wrote (indent=1, key order, its escaping), so the
 * value is located by scanning the raw text and replaced in Jupyter's own layout (nbformat writes
 * multi-line strings as a list of lines, each but the last ending "\n", one item per line).
 */
import { frameLines } from "./formats/notebook-judge.js";

/** A JSON value's place in the raw text, with its members or items. */
interface Node {
  from: number;
  to: number;
  keys?: Map<string, Node>;
  items?: Node[];
}

/** Scans JSON text into the spans of its values (the text is known to be valid JSON: check read it). */
function scan(text: string): Node {
  let i = 0;
  const ws = () => {
    while (/\s/.test(text[i] ?? "")) i++;
  };
  const str = (): string => {
    const from = i++;
    while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(from, i)) as string;
  };
  const value = (): Node => {
    ws();
    const from = i;
    const c = text[i];
    if (c === "{") {
      i++;
      const keys = new Map<string, Node>();
      ws();
      while (text[i] !== "}") {
        ws();
        const k = str();
        ws();
        i++; // :
        keys.set(k, value());
        ws();
        if (text[i] === ",") i++;
        ws();
      }
      i++;
      return { from, to: i, keys };
    }
    if (c === "[") {
      i++;
      const items: Node[] = [];
      ws();
      while (text[i] !== "]") {
        items.push(value());
        ws();
        if (text[i] === ",") i++;
        ws();
      }
      i++;
      return { from, to: i, items };
    }
    if (c === '"') {
      str();
      return { from, to: i };
    }
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    return { from, to: i };
  };
  return value();
}

/** Where a recorded output's text is written, or why it cannot be rewritten. */
export type Located = { from: number; to: number; layout: string } | { refused: string };

/**
 * The span of the text a cell (1-based among all cells) recorded: `stdout` its stream output (only
 * when there is exactly one: several are joined when judged, and a fix could not say which part
 * goes where), `result` its execute_result's text/plain.
 */
export function locateRecorded(raw: string, cell: number, what: "stdout" | "result"): Located {
  const root = scan(raw);
  const cells = root.keys?.get("cells")?.items;
  if (!cells) return { refused: "an nbformat 3 notebook (worksheets): only nbformat 4 outputs are rewritten" };
  const outputs = cells[cell - 1]?.keys?.get("outputs")?.items ?? [];
  const field = (n: Node, key: string) => n.keys?.get(key);
  const literal = (n: Node | undefined) => (n ? (JSON.parse(raw.slice(n.from, n.to)) as unknown) : undefined);
  const matching = outputs.filter((o) =>
    what === "stdout"
      ? literal(field(o, "output_type")) === "stream" && literal(field(o, "name")) === "stdout"
      : literal(field(o, "output_type")) === "execute_result",
  );
  if (matching.length !== 1) return { refused: `the cell recorded ${matching.length} ${what === "stdout" ? "stdout streams" : "results"}: which part to rewrite is ambiguous` };
  const target = what === "stdout" ? field(matching[0]!, "text") : field(field(matching[0]!, "data") ?? { from: 0, to: 0 }, "text/plain");
  if (!target) return { refused: "the output has no text to rewrite" };
  return { from: target.from, to: target.to, layout: raw.slice(target.from, target.to) };
}

/** The new value written in the layout of the old one: a string stays a string; a list keeps its indentation. */
export function recordedValue(layout: string, text: string): string {
  if (!layout.startsWith("[")) return JSON.stringify(text);
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const inner = layout.slice(1, -1);
  const open = /^\s*/.exec(inner)![0];
  const close = /\s*$/.exec(inner)![0];
  // An empty list `[]` gives no layout to copy: Jupyter's is one item per line, one space deeper.
  const sep = open || "\n";
  if (!lines.length) return "[]";
  return `[${lines.map((l) => sep + JSON.stringify(l)).join(",")}${close || (open ? "" : "\n")}]`;
}

/**
 * The true stdout with the recorded traceback frames kept: the frames a cell printed (TF's "Originally
 * defined at:" stack) name the author's machine (`<ipython-input-3-…>`, IPython's own frames) and are
 * left out when judged, so a fix writes the true lines around the recorded frames, run for run. Null
 * when the two texts print a different number of frame runs (which recorded frames go where is unknown).
 */
export function keepRecordedFrames(recorded: string, actual: string): string | null {
  const runs = (text: string) => {
    const lines = text.split("\n");
    const frame = frameLines(text);
    const out: { frames: boolean; lines: string[] }[] = [];
    lines.forEach((l, i) => {
      const last = out[out.length - 1];
      if (last && last.frames === frame[i]) last.lines.push(l);
      else out.push({ frames: frame[i]!, lines: [l] });
    });
    return out;
  };
  const mine = runs(recorded).filter((r) => r.frames);
  const theirs = runs(actual);
  if (theirs.filter((r) => r.frames).length !== mine.length) return mine.length ? null : actual;
  let k = 0;
  return theirs.map((r) => (r.frames ? mine[k++]!.lines : r.lines).join("\n")).join("\n");
}

/**
 * A cell's recorded `error` output rewritten to the true exception: its `evalue` and the traceback
 * entry that prints it (IPython's last, `ename: evalue` in ANSI colours) change; the recorded frames
 * (the author's files, IPython's own) stay. `actual` is `Type: first line of the message`. One edit: the whole output
 * object's raw text with those two JSON strings replaced in place.
 */
export function errorEdit(raw: string, cell: number, actual: string): { from: number; to: number; text: string } | { refused: string } {
  const root = scan(raw);
  const cells = root.keys?.get("cells")?.items;
  if (!cells) return { refused: "an nbformat 3 notebook (worksheets): only nbformat 4 outputs are rewritten" };
  const literal = (n: Node | undefined) => (n ? (JSON.parse(raw.slice(n.from, n.to)) as unknown) : undefined);
  const errors = (cells[cell - 1]?.keys?.get("outputs")?.items ?? []).filter((o) => literal(o.keys?.get("output_type")) === "error");
  if (errors.length !== 1) return { refused: `the cell recorded ${errors.length} errors: which one to rewrite is ambiguous` };
  const o = errors[0]!;
  const m = /^([\w.]+): ([\s\S]*)$/.exec(actual);
  const ename = literal(o.keys?.get("ename"));
  const evalueNode = o.keys?.get("evalue");
  const evalue = literal(evalueNode);
  if (!m || typeof evalue !== "string" || !evalueNode) return { refused: "the recorded error has no message to rewrite" };
  if (m[1]!.split(".").pop() !== ename) return { refused: `TF raises ${m[1]}, not ${String(ename)}: the traceback's frames would not fit another exception` };
  const value = withRecordedFrames(evalue, m[2]!.split("\n")[0]!);
  // IPython prints `ename: evalue` as the traceback's last entry; every entry holding the old text follows.
  const entries = (o.keys?.get("traceback")?.items ?? []).filter((n) => String(literal(n)).includes(evalue));
  if (!entries.length) return { refused: "the traceback does not print the recorded message: it cannot be kept consistent" };
  const spans = [{ node: evalueNode, text: value }, ...entries.map((n) => ({ node: n, text: String(literal(n)).replace(evalue, value) }))]
    .sort((a, b) => b.node.from - a.node.from);
  let text = raw.slice(o.from, o.to);
  for (const s of spans) text = text.slice(0, s.node.from - o.from) + JSON.stringify(s.text) + text.slice(s.node.to - o.from);
  return { from: o.from, to: o.to, text };
}

/** The judge compares a recorded error's first line (what follows is the author's frames: TF's
 * "Originally defined at:" stack), so the fix rewrites that line and keeps the rest as recorded. */
function withRecordedFrames(recorded: string, actualFirstLine: string): string {
  const nl = recorded.indexOf("\n");
  return nl < 0 ? actualFirstLine : actualFirstLine + recorded.slice(nl);
}

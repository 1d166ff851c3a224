import type { SyntaxNode } from "@lezer/common";
import type { Tree } from "@lezer/common";
import { parser as fullParser } from "@lezer/markdown";
import { type Block, trimBlank } from "./blocks.js";
import { classifyBlock } from "./code-lines.js";
import { applyForeign, foreignMarker, type Region, withRegion } from "./foreign-markers.js";
import { markerBody, type Markers, parseMarkers } from "./markers.js";
import type { SourceText } from "./source-text.js";

// Only block structure matters here; inline parsing (emphasis, links) is most of the parse time.
const parser = fullParser.configure({
  remove: ["Emphasis", "Link", "Image", "InlineCode", "HTMLTag", "Entity", "Escape", "HardBreak", "Autolink"],
});

const trees = new WeakMap<SourceText, Tree>();
function parse(src: SourceText): Tree {
  let t = trees.get(src);
  if (!t) trees.set(src, (t = parser.parse(src.text)));
  return t;
}

/** Whether @lezer/markdown finds any fenced code in the text (then a .txt page is read as Markdown). */
export function hasFencedCode(src: SourceText): boolean {
  // A fence needs a line starting with ``` or ~~~ (after indentation, quote or list markers): without one, skip the parse.
  if (!/^[ \t>*+\-\d.]*(```|~~~)/m.test(src.text)) return false;
  let found = false;
  parse(src).iterate({
    enter(n) {
      if (n.name === "FencedCode") found = true;
      return !found;
    },
  });
  return found;
}

/** A fenced block with nothing but blank lines in it: the fence lines and the tag. */
export interface EmptyFence {
  startLine: number;
  endLine: number;
  tag: string | null;
}

/**
 * The code blocks of a Markdown document (fenced, indented, inside lists and block quotes), in order.
 * Fenced blocks with no content are not blocks; they go to `empties` when given.
 */
export function markdownBlocks(src: SourceText, empties?: EmptyFence[]): Block[] {
  const blocks: Block[] = [];
  let markers: Markers = {};
  let region: Region = null;
  let lastEnd = 0;
  const gapSince = (line: number) =>
    src.lines.slice(lastEnd, line - 1).filter((l) => l.trim() !== "" && markerBody(l) === null && foreignMarker(l) === null);
  parse(src).iterate({
    enter(ref) {
      const n = ref.node;
      if (n.name === "CommentBlock" || n.name === "HTMLBlock") {
        const html = src.text.slice(n.from, n.to);
        const text = html.trim();
        const body = markerBody(text);
        if (body !== null) markers = parseMarkers(body, markers);
        if (body === null) ({ markers, region } = applyForeign(foreignMarker(text), markers, region));
        const pre = body === null ? preBlock(src, n.from, html) : null;
        if (pre) {
          blocks.push({ ...pre, tag: "pre", cls: classifyBlock(pre.lines), markers, gap: gapSince(src.lineOf(n.from)) });
          markers = {};
          lastEnd = src.lineOf(n.to);
        }
        return false;
      }
      if (n.name !== "FencedCode" && n.name !== "CodeBlock") return true;
      const first = src.lineOf(n.from);
      const last = src.lineOf(n.to);
      const marks = n.getChildren("CodeMark");
      const fenced = n.name === "FencedCode";
      const closed = fenced && marks.length > 1;
      const from = fenced ? first + 1 : first;
      const to = closed ? last - 1 : last;
      const content = unindentFence(src, n, contentLines(src, n, from, to), from, fenced);
      const info = n.getChild("CodeInfo");
      // "python title=x", "{python}", "{.python .numberLines}", "python:file.py": the language is the first word.
      const tag = info ? (/[\w+-]+/.exec(src.text.slice(info.from, info.to))?.[0] ?? "").toLowerCase() : null;
      const trimmed = trimBlank(content, from);
      if (trimmed) {
        blocks.push({ ...trimmed, tag: tag || null, cls: classifyBlock(trimmed.lines), markers: withRegion(markers, region), gap: gapSince(first) });
        markers = {};
      } else if (fenced) {
        empties?.push({ startLine: first, endLine: last, tag: tag || null });
      }
      lastEnd = last;
      return false;
    },
  });
  return blocks;
}

/**
 * A `<pre>...</pre>` HTML block (how some pages show output): its lines between the tags, with the
 * HTML entities a page must use there (`&lt;`, `&gt;`, `&amp;`, `&quot;`, `&#39;`) decoded.
 */
function preBlock(src: SourceText, from: number, html: string): { lines: string[]; startLine: number; endLine: number } | null {
  const m = /^(\s*<pre(?:\s[^>]*)?>)([\s\S]*?)<\/pre>\s*$/i.exec(html);
  if (!m) return null;
  const decode = (t: string) =>
    t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  const first = src.lineOf(from + m[1]!.length);
  return trimBlank(m[2]!.split("\n").map(decode), first);
}

/**
 * CommonMark 4.5: "If the leading code fence is indented N spaces, then up to N spaces of indentation
 * are removed from each line of the content." Lezer's CodeText keeps them, so ` ```python` followed by
 * ` import tensorflow as tf` would read as an unexpected indent. N is the fence's column less the
 * container's prefix (a list item's indent, `> `), which is where a content line's CodeText starts.
 */
function unindentFence(src: SourceText, block: SyntaxNode, lines: string[], from: number, fenced: boolean): string[] {
  if (!fenced) return lines;
  const fenceLine = src.lineOf(block.from);
  const fenceCol = block.from - src.lineStart(fenceLine);
  if (fenceCol === 0) return lines;
  let prefix = 0;
  for (const t of block.getChildren("CodeText")) {
    const line = src.lineOf(t.from);
    if (line >= from) {
      prefix = t.from - src.lineStart(line);
      break;
    }
  }
  const n = fenceCol - prefix;
  if (n <= 0) return lines;
  return lines.map((l) => l.slice(Math.min(n, /^ */.exec(l)![0].length)));
}

/**
 * The code on each line from..to. Lezer's CodeText nodes start after the container's prefix (`> `,
 * a list item's indent, an indented block's four spaces), so a line's code begins where a CodeText
 * starts on it; a line inside a CodeText that started earlier has no prefix; any other line is blank.
 */
function contentLines(src: SourceText, block: SyntaxNode, from: number, to: number): string[] {
  const texts = block.getChildren("CodeText");
  const out: string[] = [];
  for (let line = from; line <= to; line++) {
    const start = src.lineStart(line);
    const end = start + src.line(line).length;
    const own = texts.find((t) => t.from >= start && t.from <= end && t.from < t.to);
    const spanning = texts.find((t) => t.from < start && t.to > start);
    out.push(own ? src.text.slice(own.from, end) : spanning ? src.line(line) : "");
  }
  return out;
}

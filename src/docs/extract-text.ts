import { type Block, trimBlank } from "./blocks.js";
import { type BlockClass, classifyBlock } from "./code-lines.js";
import { applyForeign, foreignMarker, type Region, withRegion } from "./foreign-markers.js";
import { markerBody, type Markers, parseMarkers } from "./markers.js";
import type { SourceText } from "./source-text.js";

interface Paragraph {
  first: number;
  lines: string[];
  cls: BlockClass;
  markers: Markers;
}

/**
 * The code of a page turned into plain text, where code sits unfenced between prose lines. The page
 * is cut into paragraphs at blank lines and each is classified on its own (see `classifyBlock`);
 * a paragraph of comments only is code when a code paragraph touches it; code paragraphs separated
 * only by blank lines are one snippet, as a blank line inside a function or between statements is.
 */
export function textBlocks(src: SourceText): Block[] {
  const paragraphs: Paragraph[] = [];
  let markers: Markers = {};
  let region: Region = null;
  let current: string[] = [];
  let first = 0;
  const flush = () => {
    if (current.length) paragraphs.push({ first, lines: current, cls: classifyBlock(current), markers: withRegion(markers, region) });
    if (current.length) markers = {};
    current = [];
  };
  src.lines.forEach((line, i) => {
    const body = markerBody(line);
    const foreign = body === null ? foreignMarker(line) : null;
    if (body !== null && line.trimStart().startsWith("<!--")) {
      flush();
      markers = parseMarkers(body, markers);
    } else if (foreign) {
      flush();
      ({ markers, region } = applyForeign(foreign, markers, region));
    } else if (line.trim() === "") flush();
    else {
      if (!current.length) first = i + 1;
      current.push(line);
    }
  });
  flush();
  const isCode = (p: Paragraph | undefined) => p?.cls === "code";
  paragraphs.forEach((p, i) => {
    if (p.cls === "comment" && (isCode(paragraphs[i + 1]) || isCode(paragraphs[i - 1]))) p.cls = "code";
  });

  const blocks: Block[] = [];
  let gap: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.cls !== "code" && p.cls !== "console") {
      gap.push(...p.lines);
      continue;
    }
    let last = p;
    while (p.cls === "code" && paragraphs[i + 1]?.cls === "code" && !Object.keys(paragraphs[i + 1]!.markers).length) {
      last = paragraphs[++i]!;
    }
    const lines = src.lines.slice(p.first - 1, last.first - 1 + last.lines.length);
    const trimmed = trimBlank(lines, p.first)!;
    blocks.push({ ...trimmed, tag: null, cls: p.cls, markers: p.markers, gap });
    gap = [];
  }
  return blocks;
}

import { coverageLine } from "./ledger.js";
import { formatDiagnostic } from "./diagnostic.js";
import { place } from "./formats/notebook-locations.js";
import { type JsonReport, type JsonSnippet, STATUSES, type Status } from "./report-schema.js";

/** How the human report is drawn. */
export interface HumanOptions {
  /** ANSI colours (when stdout is a terminal). */
  color?: boolean;
  /** List every claim, not only failing ones. */
  verbose?: boolean;
}

const COLORS: Record<string, string> = { red: "31", green: "32", yellow: "33", cyan: "36", dim: "2", bold: "1" };
const STATUS_COLOR: Record<Status, string> = {
  pass: "green",
  "ran-clean": "cyan",
  contradicted: "red",
  error: "red",
  "syntax-error": "red",
  unsupported: "yellow",
  skipped: "dim",
  xfail: "dim",
  "internal-error": "red",
};

/** The report for people: one line per snippet (`document:line`), details for failures, a summary table. */
export function humanReport(r: JsonReport, options: HumanOptions = {}): string {
  const paint = (color: string, s: string) => (options.color ? `\x1b[${COLORS[color]}m${s}\x1b[0m` : s);
  const out: string[] = [];
  for (const d of r.documents) {
    out.push(paint("bold", d.document) + paint("dim", ` (${d.format}, ${d.snippets.length} snippet${d.snippets.length === 1 ? "" : "s"})`));
    for (const n of d.notes) out.push(paint("dim", "  note: " + n.text));
    for (const s of d.snippets) out.push(...snippetLines(s, options, paint));
    out.push("");
  }
  out.push(summaryTable(r));
  return out.join("\n") + "\n";
}

function snippetLines(s: JsonSnippet, options: HumanOptions, paint: (c: string, s: string) => string): string[] {
  const lines = s.endLine === s.startLine ? `line ${s.startLine}` : `lines ${s.startLine}–${s.endLine}`;
  const extra = [s.reading.name, s.python2 ? "python2" : "", s.profile !== "1.15" ? `tf ${s.profile}` : "", s.prelude.length ? "+prelude" : ""];
  const head = `  ${place(s, s.startLine)}: ${paint(STATUS_COLOR[s.status], s.status.padEnd(14))} #${s.index} ${lines} ${paint("dim", `[${extra.filter(Boolean).join(", ")}]`)}`;
  const out = [head, paint("dim", `    ${verified(s)}`)];
  const failing = !["pass", "ran-clean", "skipped"].includes(s.status);
  for (const c of s.claims) {
    if (!options.verbose && c.verdict !== "contradicted") continue;
    const mark = c.verdict === "holds" ? paint("green", "holds") : c.verdict === "contradicted" ? paint("red", "contradicted") : paint("dim", "not checkable");
    out.push(`    ${place(s, c.line)}: ${c.kind} ${mark}${c.why ? paint("dim", ` (${c.why})`) : ""}`);
    if (c.verdict === "contradicted") {
      const diff = c.diff ?? `- ${c.expected}\n+ ${c.actual ?? ""}`;
      for (const l of diff.split("\n")) {
        const color = l.startsWith("+") ? "green" : l.startsWith("-") ? "red" : l.startsWith("@@") ? "cyan" : "dim";
        out.push("      " + paint(color, l));
      }
    }
  }
  if (failing || options.verbose) {
    for (const d of s.diagnostics) {
      if (d.text.includes(" contradicted: ")) continue;
      out.push(formatDiagnostic(d).replace(/^/gm, "    "));
    }
  }
  const shown = (n: string) => /^(skipped|not run|not done|TF 1.0 renamed)/.test(n) || n.startsWith("internal error stack") || (!!s.otherReading && n.includes(", this gives "));
  const notes = options.verbose ? s.notes : s.notes.filter(shown);
  for (const n of notes) out.push(paint("dim", `    note: ${n}`));
  if (s.explanation) out.push(s.explanation.replace(/^/gm, "    | "));
  return out;
}

/** What a snippet's verdict verified, in words: "3 claims hold", "ran clean: no claim". */
export function verified(s: JsonSnippet): string {
  const n = (v: string) => s.claims.filter((c) => c.verdict === v).length;
  const [holds, bad, open] = [n("holds"), n("contradicted"), n("not-checkable")];
  const plural = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const unchecked = open ? `, ${plural(open, "claim", "claims")} not checkable` : "";
  const read = `(reading: ${s.reading.name})`;
  if (s.status === "ran-clean") return `ran clean: ${s.claims.length ? "no claim could be checked" + unchecked : "no claim"} ${read}`;
  if (s.status === "pass") return `pass: ${plural(holds, "claim holds", "claims hold")}${unchecked} ${read}`;
  if (s.status === "contradicted") return `${plural(bad, "claim", "claims")} contradicted, ${holds} hold${unchecked} ${read}`;
  return `${s.status}${s.claims.length ? `: ${holds} of ${s.claims.length} claims hold${unchecked}` : ""} ${read}`;
}

/** A table of statuses per document, with a total row, and the claims verified. */
export function summaryTable(r: JsonReport): string {
  const cols = ["snippets", ...STATUSES] as const;
  const rows = r.documents.map((d) => {
    const counts: Record<string, number> = { snippets: d.snippets.length };
    for (const st of STATUSES) counts[st] = d.snippets.filter((s) => s.status === st).length;
    return { name: d.document, counts };
  });
  const total: Record<string, number> = { snippets: r.summary.snippets };
  for (const st of STATUSES) total[st] = r.summary[st];
  rows.push({ name: "total", counts: total });
  const width = Math.max(8, ...rows.map((x) => x.name.length));
  const header = "document".padEnd(width) + cols.map((c) => "  " + c).join("");
  const body = rows.map((x) => x.name.padEnd(width) + cols.map((c) => "  " + String(x.counts[c] ?? 0).padStart(c.length)).join(""));
  const c = r.summary.claims;
  const claims = `claims: ${c.holds} verified, ${c.contradicted} contradicted, ${c["not-checkable"]} not checkable${r.summary.coverage ? `; ${coverageLine(r.summary.coverage)}` : ""}`;
  return [header, "-".repeat(header.length), ...body.slice(0, -1), "-".repeat(header.length), body[body.length - 1]!, claims].join("\n");
}

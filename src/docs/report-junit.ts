import { type JsonReport, type JsonSnippet } from "./report-schema.js";

/** The report as JUnit XML: a testsuite per document, a testcase per snippet. */
export function junitReport(r: JsonReport): string {
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`];
  const failures = r.summary.contradicted;
  const errors = r.summary.error + r.summary["syntax-error"] + r.summary.unsupported + r.summary["internal-error"];
  out.push(`<testsuites name="tfscope check" tests="${r.summary.snippets}" failures="${failures}" errors="${errors}" skipped="${r.summary.skipped + r.summary.xfail}">`);
  for (const d of r.documents) {
    const count = (pred: (s: JsonSnippet) => boolean) => d.snippets.filter(pred).length;
    out.push(
      `  <testsuite name="${esc(d.document)}" tests="${d.snippets.length}" failures="${count((s) => s.status === "contradicted")}" errors="${count((s) => /error|unsupported/.test(s.status))}" skipped="${count((s) => s.status === "skipped" || s.status === "xfail")}">`,
    );
    for (const s of d.snippets) out.push(...testcase(s));
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return out.join("\n") + "\n";
}

function testcase(s: JsonSnippet): string[] {
  const name = `snippet ${s.index} (lines ${s.startLine}-${s.endLine})`;
  const open = `    <testcase classname="${esc(s.document)}" name="${esc(name)}" file="${esc(s.document)}" line="${s.startLine}">`;
  const details = s.diagnostics.map((d) => (d.location ? `${d.location.file}:${d.location.line}: ` : "") + d.text).join("\n");
  const diffs = s.claims.filter((c) => c.diff).map((c) => `line ${c.line} ${c.kind}:\n${c.diff}`).join("\n\n");
  const body = [details, diffs].filter(Boolean).join("\n\n");
  const first = s.diagnostics[0]?.text ?? s.status;
  let inner: string | null = null;
  switch (s.status) {
    case "pass":
      break;
    case "contradicted":
      inner = `<failure type="contradicted" message="${esc(first)}">${esc(body)}</failure>`;
      break;
    case "skipped":
    case "xfail":
      inner = `<skipped message="${esc(s.status === "xfail" ? "expected failure" : s.notes.find((n) => n.startsWith("skipped")) ?? "skipped")}"/>`;
      break;
    default:
      inner = `<error type="${s.status}" message="${esc(first)}">${esc(body)}</error>`;
  }
  const stdout = s.stdout ? `      <system-out>${esc(s.stdout)}</system-out>` : null;
  return [open, ...(inner ? [`      ${inner}`] : []), ...(stdout ? [stdout] : []), "    </testcase>"];
}

function esc(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

import type { Diagnostic } from "./diagnostic.js";
import { FAILING, type JsonReport, type Status } from "./report-schema.js";

/**
 * The report as SARIF 2.1.0 (OASIS), the format code-scanning views read: one rule per failing status,
 * one result per diagnostic of a failing snippet, located at the document's own line. SARIF columns are
 * 1-based where ours are 0-based. Unsupported snippets are warnings: they say nothing about TensorFlow.
 */
export function sarifReport(r: JsonReport): string {
  const rules = [...FAILING].map((id) => ({ id, name: ruleName(id), shortDescription: { text: RULE_TEXT[id] } }));
  const results: object[] = [];
  for (const d of r.documents) {
    for (const s of d.snippets) {
      if (!FAILING.has(s.status)) continue;
      const diags: Diagnostic[] = s.diagnostics.length ? s.diagnostics : [{ text: s.status, location: null, notes: [] }];
      for (const dg of diags) {
        const line = dg.location?.line ?? s.startLine;
        const claim = s.claims.find((c) => c.line === line && c.verdict === "contradicted");
        const region: Record<string, number> = { startLine: line };
        if (dg.location && dg.location.column > 0) region.startColumn = dg.location.column + 1;
        results.push({
          ruleId: s.status,
          level: s.status === "unsupported" ? "warning" : "error",
          message: { text: claim?.diff ? `${dg.text}\n${claim.diff}` : dg.text },
          locations: [{ physicalLocation: { artifactLocation: { uri: uri(dg.location?.file ?? s.document) }, region } }],
          properties: { snippet: s.index, snippetLines: [s.startLine, s.endLine] },
        });
      }
    }
  }
  const run = { tool: { driver: { name: "tfscope", version: r.tool.version, rules } }, results };
  return JSON.stringify({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] }, null, 2) + "\n";
}

const RULE_TEXT: Record<Status, string> = {
  pass: "Every claim holds.",
  "ran-clean": "Ran without error; the document claims nothing about it.",
  contradicted: "A claim of the document is not what TensorFlow 1.15 does.",
  error: "The snippet raises an exception the document does not claim.",
  "syntax-error": "The snippet does not compile.",
  unsupported: "tfscope does not model something the snippet needs; nothing is said about TensorFlow.",
  skipped: "Not run.",
  xfail: "Failed as a marker said it would.",
  "internal-error": "tfscope crashed on this snippet (a bug in tfscope).",
};

function ruleName(id: Status): string {
  return id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());
}

/** A relative URI reference for a path (SARIF wants `/` separators and percent-encoding). */
function uri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join("/");
}

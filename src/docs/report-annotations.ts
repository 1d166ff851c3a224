import type { JsonReport } from "./report-schema.js";

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one per failing claim or
 * snippet, so a CI run marks the document's own lines. Unsupported snippets are warnings.
 */
export function annotations(r: JsonReport): string {
  const out: string[] = [];
  for (const d of r.documents) {
    for (const s of d.snippets) {
      if (s.status === "pass" || s.status === "skipped" || s.status === "xfail") continue;
      const level = s.status === "unsupported" ? "warning" : "error";
      const diags = s.diagnostics.length ? s.diagnostics : [{ text: s.status, location: null, notes: [] }];
      for (const dg of diags) {
        const line = dg.location?.line ?? s.startLine;
        const claim = s.claims.find((c) => c.line === line && c.verdict === "contradicted");
        const message = claim?.diff ? `${dg.text}\n${claim.diff}` : dg.text;
        out.push(`::${level} file=${prop(s.document)},line=${line},title=${prop(`tfscope: ${s.status}`)}::${data(message)}`);
      }
    }
  }
  return out.length ? out.join("\n") + "\n" : "";
}

function data(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function prop(s: string): string {
  return data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

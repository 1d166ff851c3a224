/**
 * The claim ledger (`check --ledger`): every claim a document makes, in one list, with what became of it,
 * and the coverage figure — claims verified out of claims made, and the snippets that pin nothing down.
 * A claim is `verified` (TF 1.15 does what it says), `contradicted` (with TF's value), `unverifiable`
 * (the run happened but the claim cannot be decided: noise, a shell line, an unsupported step — the reason
 * says which) or `unchecked` (its snippet was not run: a skip marker, or it needs what could not run).
 */
import type { JsonClaim, JsonDocument, JsonReport, JsonSnippet } from "./report-schema.js";

export type LedgerState = "verified" | "contradicted" | "unverifiable" | "unchecked";

export interface LedgerEntry {
  document: string;
  /** The notebook cell, for notebooks. */
  cell?: number;
  snippet: number;
  line: number;
  kind: string;
  state: LedgerState;
  expected: string;
  /** What TF 1.15 gives, where it was observed. */
  actual: string | null;
  why?: string;
}

/** Claims made and what became of them, for a document or a whole report. */
export interface Coverage {
  claims: number;
  verified: number;
  contradicted: number;
  unverifiable: number;
  unchecked: number;
  /** Snippets that ran but make no claim at all: they pin nothing down. */
  pinsNothing: number;
}

function stateOf(s: JsonSnippet, c: JsonClaim): LedgerState {
  if (c.verdict === "holds") return "verified";
  if (c.verdict === "contradicted") return "contradicted";
  return s.status === "skipped" ? "unchecked" : "unverifiable";
}

/** Every claim of a document, in document order. */
export function ledgerOf(d: JsonDocument): LedgerEntry[] {
  return d.snippets.flatMap((s) =>
    s.claims.map((c): LedgerEntry => ({
      document: d.document,
      ...(s.cell !== undefined ? { cell: s.cell } : {}),
      snippet: s.index,
      line: c.line,
      kind: c.kind,
      state: stateOf(s, c),
      expected: c.expected,
      actual: c.actual,
      ...(c.why ? { why: c.why } : {}),
    })),
  );
}

/** The coverage of some documents' claims. */
export function coverageOf(docs: readonly JsonDocument[]): Coverage {
  const cov: Coverage = { claims: 0, verified: 0, contradicted: 0, unverifiable: 0, unchecked: 0, pinsNothing: 0 };
  for (const d of docs) {
    for (const e of ledgerOf(d)) {
      cov.claims++;
      cov[e.state]++;
    }
    cov.pinsNothing += d.snippets.filter((s) => s.claims.length === 0 && s.status !== "skipped").length;
  }
  return cov;
}

/** "12 of 15 claims verified (80%), 2 snippets pin nothing down". */
export function coverageLine(c: Coverage): string {
  const pct = c.claims ? ` (${Math.round((100 * c.verified) / c.claims)}%)` : "";
  const pins = c.pinsNothing ? `, ${c.pinsNothing} ${c.pinsNothing === 1 ? "snippet pins" : "snippets pin"} nothing down` : "";
  return `coverage: ${c.verified} of ${c.claims} claims verified${pct}${pins}`;
}

/** The ledger for people: one line a claim, grouped by document, each with its coverage. */
export function ledgerReport(r: JsonReport): string {
  const out = ["claim ledger"];
  for (const d of r.documents) {
    const entries = ledgerOf(d);
    out.push(`${d.document}: ${coverageLine(coverageOf([d]))}`);
    for (const e of entries) {
      const at = e.cell !== undefined ? `cell ${e.cell}:${e.line}` : `${e.line}`;
      const value = e.state === "contradicted" ? `${oneLine(e.expected)} → TF 1.15: ${oneLine(e.actual ?? "")}` : oneLine(e.expected);
      out.push(`  ${at.padEnd(10)} ${e.state.padEnd(12)} ${e.kind}: ${value}${e.why && e.state !== "verified" ? ` (${e.why})` : ""}`);
    }
  }
  return out.join("\n") + "\n";
}

function oneLine(s: string): string {
  const t = s.trim().replace(/\n/g, "⏎");
  return t.length > 100 ? t.slice(0, 99) + "…" : t;
}

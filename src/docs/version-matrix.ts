/**
 * `check --tf 1.15,2`: the same documents checked under several TensorFlow profiles, and every claim
 * (and every snippet that claims nothing) whose fate differs between them, in one list: "holds on
 * 1.15, contradicted on 2.x: got ...". Claims are matched by document, snippet index and position,
 * which do not depend on the profile (extraction reads the text alone).
 */
import type { Profile } from "./outcome.js";
import type { JsonClaim, JsonReport, JsonSnippet } from "./report-schema.js";

/** One claim or claimless snippet whose fate differs between profiles. */
export interface MatrixDifference {
  document: string;
  cell?: number;
  line: number;
  /** The claim's kind, or `snippet` for a snippet that claims nothing. */
  kind: string;
  expected: string;
  /** Per profile: the verdict (or the snippet's status) and what that profile gave. */
  fates: { profile: Profile; fate: string; actual: string | null }[];
}

export const PROFILE_NAMES: Record<Profile, string> = { "1.15": "1.15", "2": "2.x (tf.compat.v1)", "0.12": "0.12" };

/** The differences between the reports of the same documents under each profile. */
export function versionMatrix(reports: readonly [Profile, JsonReport][]): MatrixDifference[] {
  const [first] = reports;
  if (!first) return [];
  const out: MatrixDifference[] = [];
  first[1].documents.forEach((d, di) => {
    d.snippets.forEach((s, si) => {
      const peers = reports.map(([p, r]) => [p, r.documents[di]?.snippets[si]] as const);
      const place = { document: d.document, ...(s.cell !== undefined ? { cell: s.cell } : {}) };
      if (s.claims.length === 0) {
        const fates = peers.map(([profile, t]) => ({ profile, fate: t?.status ?? "missing", actual: t ? snippetActual(t) : null }));
        if (new Set(fates.map((f) => f.fate)).size > 1) out.push({ ...place, line: s.startLine, kind: "snippet", expected: "", fates });
        return;
      }
      s.claims.forEach((c, ci) => {
        const fates = peers.map(([profile, t]) => {
          const tc = t?.claims[ci];
          return { profile, fate: tc ? fateOf(t!, tc) : "missing", actual: tc?.actual ?? (t ? snippetActual(t) : null) };
        });
        const distinct = new Set(fates.map((f) => `${f.fate}\u0000${f.fate === "holds" ? "" : (f.actual ?? "")}`));
        if (distinct.size > 1) out.push({ ...place, line: c.line, kind: c.kind, expected: c.expected, fates });
      });
    });
  });
  return out;
}

/** A claim's fate: its verdict, or for one not checked, why (its snippet's status when that is the cause). */
function fateOf(s: JsonSnippet, c: JsonClaim): string {
  if (c.verdict !== "not-checkable") return c.verdict;
  return s.status === "pass" || s.status === "ran-clean" || s.status === "contradicted" ? "not checkable" : s.status;
}

function snippetActual(s: JsonSnippet): string | null {
  if (s.exception) return `${s.exception.type}: ${s.exception.message.split("\n")[0]}`;
  if (s.syntaxError) return `SyntaxError: ${s.syntaxError.message}`;
  if (s.unsupported) return `unsupported: ${s.unsupported.feature}`;
  return null;
}

/** The matrix for people: one line per difference. */
export function matrixReport(reports: readonly [Profile, JsonReport][], diffs: readonly MatrixDifference[]): string {
  const out = ["version matrix"];
  for (const [p, r] of reports) {
    const c = r.summary.claims;
    out.push(`  TF ${PROFILE_NAMES[p]}: ${c.holds} claims hold, ${c.contradicted} contradicted, ${c["not-checkable"]} not checkable`);
  }
  out.push(diffs.length ? `${diffs.length} claim(s) or snippet(s) fare differently:` : "every claim fares the same under each profile");
  for (const d of diffs) {
    const at = `${d.document}${d.cell !== undefined ? `:cell ${d.cell}` : ""}:${d.line}`;
    const what = d.kind === "snippet" ? "snippet" : `${d.kind} ${short(d.expected)}`;
    const fates = d.fates.map((f) => `${f.fate} on ${PROFILE_NAMES[f.profile]}${f.fate !== "holds" && f.actual ? ` (${short(f.actual)})` : ""}`);
    out.push(`  ${at}: ${what}: ${fates.join(", ")}`);
  }
  return out.join("\n") + "\n";
}

function short(s: string): string {
  const t = s.trim().replace(/\n/g, "⏎");
  return t.length > 80 ? t.slice(0, 79) + "…" : t;
}

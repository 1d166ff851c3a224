// check_seeds_ms: wall time of checking the five seed documents (../shared/seeds), first run in this
// process (what `tfscope check ../shared/seeds/*` pays), with the shim's real sessions. Also
// check_seeds_warm_ms (median of 5 more runs) and check_seeds_docs_only_ms: the document pipeline
// (extraction, claims, sessions, judging, report) with sessions that run nothing.
import { readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const seeds = join(root, "..", "shared", "seeds");

export default async function () {
  if (!existsSync(seeds)) throw new Error(`seed documents missing at ${seeds}`);
  const paths = readdirSync(seeds).sort().map((f) => join(seeds, f));
  const { check } = await import("../dist/docs/check.js");
  const time = (factory) => {
    const t0 = performance.now();
    const r = check(paths, { sessionFactory: factory });
    return { ms: performance.now() - t0, r };
  };
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const figures = {};

  // The CLI's own factory: what `tfscope check` runs snippets with.
  const factory = (await import("../dist/shim/session.js").catch(() => ({}))).tfSessionFactory;
  if (typeof factory === "function") {
    const first = time(factory);
    const warm = median(Array.from({ length: 5 }, () => time(factory).ms));
    const s = first.r.summary;
    console.log(`seeds: ${s.snippets} snippets in ${s.documents} documents: ${first.ms.toFixed(1)} ms first run, ${warm.toFixed(1)} ms warm (limit 300 ms)`);
    console.log(`  statuses: ${Object.entries(s).filter(([k]) => !["documents", "snippets", "claims"].includes(k)).map(([k, v]) => `${k} ${v}`).join(", ")}`);
    console.log(`  claims: ${Object.entries(s.claims).map(([k, v]) => `${k} ${v}`).join(", ")}`);
    figures.check_seeds_ms = first.ms;
    figures.check_seeds_warm_ms = warm;
  } else {
    console.log("check_seeds_ms not measured: dist/shim/session.js has no tfSessionFactory");
  }

  const nothing = () => ({ run: () => ({ stdout: "", stderr: "" }), reset() {} });
  const docsOnly = median(Array.from({ length: 5 }, () => time(nothing).ms));
  console.log(`document pipeline alone (sessions that run nothing): ${docsOnly.toFixed(1)} ms warm`);
  figures.check_seeds_docs_only_ms = docsOnly;
  return figures;
}

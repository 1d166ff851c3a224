/**
 * The playground page: the editor, the menu of seed snippets, Run/Stop/Share, TF 1.15 and TF 2.x
 * outputs side by side, names beside the code, and document mode's verdicts as lint diagnostics.
 */
import { Runner } from "./runner.js";
// The worker starts loading the core now, while the editor's code (CodeMirror) loads beside it.
const runner = new Runner();

import type { JsonDocument } from "./core.js";
import type { NamesView, PlaygroundEditor as Editor } from "./editor.js";
import { differingLines } from "./names.js";
import type { Chunk, LineName, ProfileResult } from "./protocol.js";
import { DEFAULT_SEED, SAMPLE_PAGE, SEEDS } from "./seeds.js";
import { decodeShare, encodeShare } from "./share.js";

type Mode = "snippet" | "document";
type NamesProfile = "1.15" | "2";

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const runButton = $<HTMLButtonElement>("#run");
const stopButton = $<HTMLButtonElement>("#stop");
const status = $("#status");
const seeds = $<HTMLSelectElement>("#seeds");
const report = $("#report");
const columns = $(".columns");

/** Figures the browser tests and bench/web.mjs read. */
const figures = {
  /** performance.now() when the first result was on screen (ms after navigation started). */
  firstResultMs: null as number | null,
  /** The last run, from request to its TF 1.15 result on screen, and to everything on screen. */
  firstRunMs: null as number | null,
  lastRunMs: null as number | null,
  runs: 0,
  boot: null as Runner["boot"],
};
(window as unknown as { playground: typeof figures }).playground = figures;

let mode: Mode = "snippet";
document.body.dataset.mode = mode;
let namesFrom: NamesProfile = "1.15";
let last: ProfileResult[] | null = null;
let rerun = false;
let debounce: ReturnType<typeof setTimeout> | undefined;

const { explainItem, PlaygroundEditor } = await import("./editor.js");
const editor: Editor = new PlaygroundEditor({
  parent: $("#editor"),
  doc: "",
  onRun: () => void run(),
  onChange: () => {
    clearTimeout(debounce);
    seeds.value = "";
    // Snippets re-run as you type; a whole page is checked when asked.
    if (mode === "snippet") debounce = setTimeout(() => void run(), 350);
  },
});

// ---- the menu

const PAGE_VALUE = "page";
{
  const group = document.createElement("optgroup");
  group.label = "Seed snippets";
  SEEDS.forEach((s, i) => group.append(new Option(s.label, String(i))));
  const pages = document.createElement("optgroup");
  pages.label = "Pages (document mode)";
  pages.append(new Option("Sharing variables (sample page)", PAGE_VALUE));
  seeds.append(new Option("(your code)", ""), group, pages);
}
seeds.addEventListener("change", () => {
  const chosen = seeds.value;
  if (chosen === "") return;
  if (chosen === PAGE_VALUE) load("document", SAMPLE_PAGE);
  else load("snippet", SEEDS[Number(chosen)]!.code);
  seeds.value = chosen;
  void run();
});

// ---- mode and profile switches

for (const input of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
  input.addEventListener("change", () => setMode(input.value as Mode));
}
for (const input of document.querySelectorAll<HTMLInputElement>('input[name="profile"]')) {
  input.addEventListener("change", () => {
    namesFrom = input.value as NamesProfile;
    if (last) showNames(last);
  });
}

function setMode(m: Mode): void {
  mode = m;
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) input.checked = input.value === m;
  document.body.dataset.mode = m;
  editor.setMode(m);
  columns.hidden = m === "document";
  report.hidden = m !== "document";
  $<HTMLDetailsElement>("#names-panel").hidden = m === "document";
  $<HTMLFieldSetElement>("#names-from").hidden = m === "document";
  last = null;
}

function load(m: Mode, text: string): void {
  if (m !== mode) setMode(m);
  editor.text = text;
  clearTimeout(debounce);
}

// ---- running

async function run(): Promise<void> {
  clearTimeout(debounce);
  if (runner.busy) {
    rerun = true;
    return;
  }
  const t0 = performance.now();
  setBusy(true);
  const text = editor.text;
  const done = mode === "snippet" ? await runSnippet(text, t0) : await checkPage(text);
  setBusy(false);
  if (!done) return;
  figures.lastRunMs = performance.now() - t0;
  figures.runs++;
  document.body.dataset.runs = String(figures.runs);
  if (rerun) {
    rerun = false;
    void run();
  }
}

/** Runs under TF 1.15, shows it, then under TF 2.x; false when stopped. */
async function runSnippet(code: string, t0: number): Promise<boolean> {
  const results: ProfileResult[] = [];
  for (const profile of ["1.15", "2"] as const) {
    const reply = await runner.request({ kind: "run", code, profiles: [profile] });
    if (reply === null) return false;
    if (reply.kind !== "run") {
      status.textContent = reply.kind === "error" ? reply.message : "unexpected reply";
      return true;
    }
    results.push(...reply.results);
    showRun(results);
    if (profile === "1.15") {
      figures.firstResultMs ??= performance.now();
      figures.firstRunMs = performance.now() - t0;
    }
  }
  return true;
}

async function checkPage(text: string): Promise<boolean> {
  const reply = await runner.request({ kind: "check", text, document: "page.md", profile: "1.15" });
  if (reply === null) return false;
  if (reply.kind === "check") showCheck(reply.document, reply.ms);
  else status.textContent = reply.kind === "error" ? reply.message : "unexpected reply";
  figures.firstResultMs ??= performance.now();
  return true;
}

function setBusy(busy: boolean): void {
  document.body.dataset.busy = String(busy);
  stopButton.disabled = !busy;
  if (busy) status.textContent = mode === "snippet" ? "Running…" : "Checking the page…";
}

runButton.addEventListener("click", () => void run());
stopButton.addEventListener("click", () => {
  runner.stop();
  rerun = false;
  setBusy(false);
  status.textContent = "Stopped. The run was ended and a fresh interpreter started.";
  for (const pre of document.querySelectorAll(".out")) pre.textContent = "(stopped)";
});

// ---- showing results

function showRun(results: ProfileResult[]): void {
  last = results;
  const texts = results.map((r) => r.output.map((c) => c.text).join("").split("\n"));
  for (const profile of ["1.15", "2"]) {
    const pre = $(`.column[data-profile="${profile}"] .out`);
    const i = results.findIndex((r) => r.profile === profile);
    const r = results[i];
    if (r === undefined) {
      pre.textContent = "(running…)";
      continue;
    }
    // Lines are compared only once both profiles have answered.
    const other = results.length > 1 ? texts[1 - i]! : null;
    pre.replaceChildren(...outputNodes(r.output, other));
    if (r.output.length === 0) pre.textContent = "(nothing printed)";
    pre.closest(".column")!.classList.toggle("failed", r.failed);
  }
  showNames(results);
  status.textContent = results.map((r) => `TF ${r.profile === "2" ? "2.x" : r.profile}: ${r.failed ? "raised" : "ran"} in ${Math.round(r.ms)} ms`).join(" · ");
}

/** The output as spans, stderr marked, every line that differs from the other profile's marked too. */
function outputNodes(chunks: Chunk[], other: string[] | null): Node[] {
  const nodes: Node[] = [];
  let lineNo = 0;
  for (const c of chunks) {
    const lines = c.text.split("\n");
    lines.forEach((l, j) => {
      if (j > 0) {
        nodes.push(document.createTextNode("\n"));
        lineNo++;
      }
      if (l === "") return;
      const span = document.createElement("span");
      span.className = c.stream;
      if (other !== null && other[lineNo] !== l) span.classList.add("differs");
      span.textContent = l;
      nodes.push(span);
    });
  }
  return nodes;
}

function byLine(names: LineName[]): Map<number, LineName[]> {
  const m = new Map<number, LineName[]>();
  for (const n of names) m.set(n.line, [...(m.get(n.line) ?? []), n]);
  return m;
}

function showNames(results: ProfileResult[]): void {
  const shown = results.find((r) => r.profile === namesFrom) ?? results[0]!;
  const [a, b] = results;
  const v: NamesView = { byLine: byLine(shown.names), differs: a && b ? differingLines(a.names, b.names) : new Set() };
  editor.showNames(v);
  const list = $("#names-list");
  list.replaceChildren(
    ...shown.names.map((n) => {
      const li = document.createElement("li");
      li.append(`line ${n.line}: `, explainItem(n));
      return li;
    }),
  );
  if (shown.names.length === 0) list.textContent = "No scope, op or variable was made.";
}

// Every status has a severity (a Record, so a status added later fails to compile here rather than showing none).
const SEVERITY: Record<JsonDocument["snippets"][number]["status"], "info" | "warning" | "error"> = { pass: "info", "ran-clean": "info", contradicted: "error", error: "error", "syntax-error": "error", unsupported: "warning", skipped: "info", xfail: "info", "internal-error": "error" };

function showCheck(doc: JsonDocument, ms: number): void {
  const items: Parameters<Editor["showDiagnostics"]>[0] = [];
  const rows: HTMLElement[] = [];
  for (const s of doc.snippets) {
    items.push({ line: s.startLine, severity: SEVERITY[s.status], message: `snippet #${s.index}: ${s.status}`, source: "tfscope" });
    for (const c of s.claims) {
      if (c.verdict === "not-checkable") continue;
      const text = c.verdict === "holds" ? `holds: ${c.expected}` : `contradicted: the page says ${c.expected}, TF 1.15 gives ${c.actual}`;
      items.push({ line: c.line, severity: c.verdict === "holds" ? "info" : "error", message: text, source: "tfscope" });
    }
    for (const d of s.diagnostics) {
      if (d.location && !s.claims.some((c) => c.line === d.location!.line)) items.push({ line: d.location.line, severity: "error", message: d.text, source: "tfscope" });
    }
    const row = document.createElement("li");
    row.className = `verdict ${s.status}`;
    row.textContent = `#${s.index} lines ${s.startLine}–${s.endLine}: ${s.status}`;
    const contradicted = s.claims.filter((c) => c.verdict === "contradicted");
    for (const c of contradicted) {
      const p = document.createElement("div");
      p.textContent = `line ${c.line}: the page says ${c.expected}; TF 1.15 gives ${c.actual}`;
      row.append(p);
    }
    if (s.exception && s.status !== "pass") row.append(Object.assign(document.createElement("div"), { textContent: `${s.exception.type}: ${s.exception.message}` }));
    rows.push(row);
  }
  editor.showDiagnostics(items);
  const list = document.createElement("ol");
  list.append(...rows);
  report.replaceChildren(list);
  if (rows.length === 0) report.textContent = "No Python snippet found on this page.";
  const counts = doc.snippets.reduce<Record<string, number>>((acc, s) => ((acc[s.status] = (acc[s.status] ?? 0) + 1), acc), {});
  status.textContent = `Checked ${doc.snippets.length} snippet(s) in ${Math.round(ms)} ms: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ") || "nothing to check"}`;
}

// ---- share links

$("#share").addEventListener("click", async () => {
  const hash = await encodeShare({ mode, text: editor.text });
  history.replaceState(null, "", `#${hash}`);
  const box = $("#share-box");
  const input = $<HTMLInputElement>("#share-link");
  input.value = location.href;
  box.hidden = false;
  input.focus();
  input.select();
  try {
    await navigator.clipboard.writeText(location.href);
    status.textContent = "Link copied: it reproduces this code and its run.";
  } catch {
    status.textContent = "Link ready below: copy it to share this code.";
  }
});

async function restore(): Promise<boolean> {
  const shared = await decodeShare(location.hash);
  if (shared === null) return false;
  load(shared.mode, shared.text);
  seeds.value = "";
  return true;
}

window.addEventListener("hashchange", async () => {
  if (await restore()) await run();
});

// ---- start

void (async () => {
  if (!(await restore())) {
    load("snippet", SEEDS[DEFAULT_SEED]?.code ?? "import tensorflow as tf\n");
    seeds.value = String(DEFAULT_SEED);
  }
  await runner.ready;
  figures.boot = runner.boot;
  await run();
})();

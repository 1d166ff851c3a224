// The playground's size and speed (issue #15): the page's JavaScript gzip-compressed (target ≤ 1.5 MB),
// the time from navigation to the first result on screen in headless chromium (target ≤ 1 s), and a
// re-run after an edit of a seed snippet (target ≤ 50 ms), from Ctrl+Enter to the TF 1.15 result shown
// and to both profiles shown. Needs Debian's chromium (test/web/install-chromium.sh).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ensurePage, launchChromium, PAGE_DIR, servePage } from "../test/web/harness.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function web() {
  ensurePage();
  const assets = join(PAGE_DIR, "assets");
  const sizes = (ext) => {
    const files = readdirSync(assets).filter((f) => f.endsWith(ext));
    const raw = files.reduce((n, f) => n + readFileSync(join(assets, f)).length, 0);
    return [raw, files.reduce((n, f) => n + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0)];
  };
  const [raw, gz] = sizes(".js");
  // The shim's Python modules and their parsed ASTs, which the worker fetches as data.
  const [, dataGz] = sizes(".json");

  const server = await servePage();
  const browser = await launchChromium();
  const loads = [], boots = [], reruns = [], rerunsAll = [];
  try {
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => window.playground?.runs > 0, null, { timeout: 60_000 });
      const f = await page.evaluate(() => window.playground);
      loads.push(f.firstResultMs);
      boots.push(f.boot.imported);
      if (i === 0) {
        // Edit a comment line of the seed and re-run, as a reader trying a change would.
        await page.locator(".cm-content").click();
        for (let k = 0; k < 10; k++) {
          const before = await page.evaluate(() => window.playground.runs);
          await page.keyboard.press("Control+End");
          await page.keyboard.type(`# edit ${k}\n`);
          await page.keyboard.press("Control+Enter");
          await page.waitForFunction((n) => window.playground.runs > n && document.body.dataset.busy === "false", before, { timeout: 60_000 });
          const r = await page.evaluate(() => window.playground);
          reruns.push(r.firstRunMs);
          rerunsAll.push(r.lastRunMs);
        }
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const figures = {
    web_js_bytes: raw,
    web_js_gzip_bytes: gz,
    web_data_gzip_bytes: dataGz,
    web_first_result_ms: median(loads),
    web_worker_ready_ms: median(boots),
    web_rerun_tf115_ms: median(reruns),
    web_rerun_both_ms: median(rerunsAll),
  };
  console.log(`page JS: ${(raw / 1024).toFixed(0)} KiB, ${(gz / 1024).toFixed(0)} KiB gzip (target ≤ 1536 KiB), and ${(dataGz / 1024).toFixed(0)} KiB gzip of shim modules fetched as data`);
  console.log(`first result after load: ${figures.web_first_result_ms.toFixed(0)} ms median of 3 loads (target ≤ 1000 ms); worker ready at ${figures.web_worker_ready_ms.toFixed(0)} ms`);
  console.log(`re-run after an edit: ${figures.web_rerun_tf115_ms.toFixed(1)} ms to the TF 1.15 result, ${figures.web_rerun_both_ms.toFixed(1)} ms to both (median of 10; target ≤ 50 ms)`);
  return figures;
}

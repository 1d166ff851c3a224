/**
 * For the playground's browser tests and bench/web.mjs: builds the page when it is missing or
 * older than its sources, serves dist/playground with Vite's preview server on a free port, and starts
 * Debian's chromium through playwright-core (never a downloaded browser).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { preview } from "vite";

const ROOT = new URL("../..", import.meta.url).pathname;
const CONFIG = join(ROOT, "src/web/vite.config.ts");
export const PAGE_DIR = join(ROOT, "dist/playground");
/** Git-ignored: the screenshots of each state the tests reach. */
export const ARTEFACTS = join(ROOT, "test/web/artefacts");
export const CHROMIUM = "/usr/bin/chromium";

/** @param {string} dir @returns {number} the newest modification time of a file under dir */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the page unless dist/playground is newer than src/ and snippets/. */
export function ensurePage() {
  const index = join(PAGE_DIR, "index.html");
  const ast = join(ROOT, "dist/shim/py-ast.json");
  if (!existsSync(ast) || newest(join(ROOT, "src/shim/py")) > statSync(ast).mtimeMs) {
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  }
  if (existsSync(index) && statSync(index).mtimeMs > Math.max(newest(join(ROOT, "src")), newest(join(ROOT, "snippets")))) return;
  execFileSync(join(ROOT, "node_modules/.bin/vite"), ["build", "--config", CONFIG], { cwd: ROOT, stdio: "inherit" });
}

/** Vite's preview server over the built page, on a free port.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function servePage() {
  const server = await preview({ configFile: CONFIG, preview: { port: 0, strictPort: false, host: "127.0.0.1" }, logLevel: "silent" });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview gave no URL");
  return { url, close: () => server.close() };
}

/** The flags this machine's chromium needs headless (no sandbox as root, no network chatter). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** @returns {Promise<import("playwright-core").Browser>} */
export function launchChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run test/web/install-chromium.sh`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * The playground in a real browser: Debian's chromium driven by playwright-core, against the built
 * page served by Vite's preview server. Each state it reaches is kept as a screenshot in
 * test/web/artefacts/ (git-ignored). Expected names and messages are TF 1.15's: a variable made by
 * get_variable under variable_scope("my_scope") is `my_scope/var1:0` (variable_scope.py prefixes the
 * scope's name), and TF 2.x has no `tf.variable_scope` (only tf.compat.v1.variable_scope).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTEFACTS, ensurePage, launchChromium, servePage } from "./harness.mjs";

const WAIT = { timeout: 45_000 };
let browser: Browser;
let server: Awaited<ReturnType<typeof servePage>>;
let page: Page;

const shot = (p: Page, name: string) => p.screenshot({ path: join(ARTEFACTS, `${name}.png`) });
const runs = (p: Page) => p.evaluate(() => Number(document.body.dataset.runs ?? 0));

/** Waits until the page has finished `n` runs in all. */
async function waitRuns(p: Page, n: number): Promise<void> {
  await p.waitForFunction((k) => Number(document.body.dataset.runs ?? 0) >= k && document.body.dataset.busy === "false", n, WAIT);
}

/** The editor's text, line by line as CodeMirror shows it. */
const editorText = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll(".cm-line")]
      .map((l) => [...l.childNodes].filter((n) => !(n instanceof Element && n.matches(".cm-tf-names, .cm-widgetBuffer"))).map((n) => n.textContent).join(""))
      .join("\n"),
  );

/** Replaces the editor's text as typing or pasting would. */
async function setCode(p: Page, text: string): Promise<void> {
  await p.locator(".cm-content").click();
  await p.keyboard.press("Control+A");
  await p.keyboard.insertText(text);
}

beforeAll(async () => {
  mkdirSync(ARTEFACTS, { recursive: true });
  ensurePage();
  server = await servePage();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await waitRuns(page, 1);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the playground page", () => {
  it("loads with a seed snippet run, its names beside the lines", async () => {
    await expect(page.getByRole("textbox", { name: "Python code" }).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: "Run" }).count()).resolves.toBe(1);
    await expect(page.getByRole("region", { name: "Output" }).count()).resolves.toBe(1);
    // The page opens on the seed 003 #02 (variable_scope "my_scope" with get_variable, tf.Variable, tf.add).
    const names = await page.locator(".cm-tf-names").allTextContents();
    expect(names.join(" | ")).toContain("my_scope/var1:0");
    expect(names.join(" | ")).toContain("my_scope/var2:0");
    expect(names.join(" | ")).toContain("my_scope/Add");
    expect(await page.locator('.column[data-profile="1.15"] .out').textContent()).toBe("my_scope/var1:0\nmy_scope/var2:0\nmy_scope/Add:0\n");
    await shot(page, "1-loaded");
  });

  it("runs another seed from the menu with the Run button", async () => {
    const before = await runs(page);
    const label = await page.locator("#seeds option", { hasText: "002_ff5bcbb91229b9d0 #08" }).getAttribute("value");
    await page.selectOption("#seeds", label!);
    await waitRuns(page, before + 1);
    await page.getByRole("button", { name: "Run" }).click();
    await waitRuns(page, before + 2);
    // Two get_variable("v") in one scope without reuse: variable_scope.py's _get_single_variable raises.
    const out = await page.locator('.column[data-profile="1.15"] .out').textContent();
    expect(out).toContain("ValueError: Variable foo/v already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?");
    expect((await page.locator(".cm-tf-names").allTextContents()).join(" | ")).toContain("foo/v:0");
    await shot(page, "2-seed-traceback");
  });

  it("shows explain's reasoning when a name is hovered", async () => {
    await page.selectOption("#seeds", await page.locator("#seeds option", { hasText: "003_45ca9b96d4a9cf0e #02" }).getAttribute("value") as string);
    await page.waitForFunction(() => [...document.querySelectorAll(".cm-tf-names")].some((e) => e.textContent?.includes("my_scope/var1:0")), null, WAIT);
    await page.locator(".cm-tf-names", { hasText: "my_scope/var1:0" }).hover();
    const tip = page.locator(".cm-tf-explain");
    await tip.waitFor(WAIT);
    expect(await tip.textContent()).toContain("get_variable puts the variable scope `my_scope` (entered at line 2) before `var1`");
    await shot(page, "3-hover-explanation");
    await page.mouse.move(5, 5);
  });

  it("switches the names to TF 2.x and marks the lines that differ", async () => {
    await page.getByRole("radio", { name: "TF 2.x" }).check();
    // Under TF 2.x, `tf.variable_scope` is an AttributeError at line 2: no names at all.
    await page.waitForFunction(() => document.querySelectorAll(".cm-tf-names:not(.cm-tf-differs)").length === 0, null, WAIT);
    expect(await page.locator(".cm-tf-names").count()).toBe(0);
    expect(await page.locator(".cm-tf-differs-line").count()).toBeGreaterThanOrEqual(3);
    const out2 = await page.locator('.column[data-profile="2"] .out').textContent();
    expect(out2).toContain("AttributeError: module 'tensorflow' has no attribute 'variable_scope'");
    expect(await page.locator('.column[data-profile="2"] .out .differs').count()).toBeGreaterThan(0);
    await shot(page, "4-profile-tf2");
    await page.getByRole("radio", { name: "TF 1.15" }).check();
    await page.waitForFunction(() => document.querySelectorAll(".cm-tf-names").length > 0, null, WAIT);
  });

  it("checks a pasted Markdown page and shows a contradicted claim as a lint diagnostic", async () => {
    await page.getByRole("radio", { name: "Document" }).check();
    const md = [
      "# Scopes",
      "",
      "```python",
      "import tensorflow as tf",
      'with tf.name_scope("outer"):',
      '    c = tf.constant(1.0, name="c")',
      "print(c.name)  # outer/c:0",
      'with tf.name_scope("outer"):',
      '    d = tf.constant(1.0, name="c")',
      "print(d.name)  # outer/c:0",
      "```",
      "",
    ].join("\n");
    await setCode(page, md);
    const before = await runs(page);
    await page.getByRole("button", { name: "Run" }).click();
    await waitRuns(page, before + 1);
    // Re-entering name_scope("outer") by string opens `outer_1/` (ops.py unique_name).
    const report = await page.locator("#report").textContent();
    expect(report).toContain("contradicted");
    expect(report).toContain("outer_1/c:0");
    expect(await page.locator(".cm-lintRange-error").count()).toBeGreaterThan(0);
    await page.locator(".cm-lint-marker-error").first().hover();
    await page.locator(".cm-tooltip-lint").waitFor(WAIT);
    expect(await page.locator(".cm-tooltip-lint").textContent()).toContain("contradicted");
    await shot(page, "5-document-contradicted");
    await page.mouse.move(5, 5);
    await page.getByRole("radio", { name: "Snippet" }).check();
  });

  it("checks the menu's sample page: re-entering a scope by name opens a new name scope", async () => {
    const before = await runs(page);
    await page.selectOption("#seeds", "page");
    await waitRuns(page, before + 1);
    expect(await page.getByRole("radio", { name: "Document" }).isChecked()).toBe(true);
    // variable_scope("foo", reuse=True) entered again by string opens name scope foo_1/ (variable_scope.py).
    expect(await page.locator("#report").textContent()).toContain("line 21: the page says foo/add; TF 1.15 gives foo_1/add");
    await page.getByRole("radio", { name: "Snippet" }).check();
  });

  it("stops an endless loop, and runs again afterwards", async () => {
    // Each iteration does a thousand additions inside sum(), so the step limit is half an hour away:
    // only Stop can end this run.
    await setCode(page, "while True:\n    x = sum(range(1000))\n");
    await page.getByRole("button", { name: "Run" }).click();
    await page.waitForFunction(() => document.body.dataset.busy === "true", null, WAIT);
    const stop = page.getByRole("button", { name: "Stop" });
    expect(await stop.isEnabled()).toBe(true);
    await shot(page, "6-endless-loop-running");
    await stop.click();
    expect(await page.locator("#status").textContent()).toContain("Stopped");
    expect(await stop.isEnabled()).toBe(false);
    await shot(page, "7-stopped");
    const before = await runs(page);
    await setCode(page, 'print("again")\n');
    await page.getByRole("button", { name: "Run" }).click();
    await waitRuns(page, before + 1);
    expect(await page.locator('.column[data-profile="1.15"] .out').textContent()).toBe("again\n");
  });

  it("runs with Ctrl+Enter from the keyboard", async () => {
    const before = await runs(page);
    await setCode(page, 'import tensorflow as tf\nprint(tf.add(1, 2, name="sum").name)\n');
    await page.keyboard.press("Control+Enter");
    await waitRuns(page, before + 1);
    expect(await page.locator('.column[data-profile="1.15"] .out').textContent()).toBe("sum:0\n");
  });

  it("restores code from a share link", async () => {
    const code = 'import tensorflow as tf\nwith tf.variable_scope("shared"):\n    w = tf.get_variable("w", [2])\nprint(w.name)\n';
    await setCode(page, code);
    const shared = await editorText(page);
    await page.getByRole("button", { name: "Share" }).click();
    // Compressing is asynchronous (CompressionStream): the link appears when it is done.
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>("#share-link")!.value.includes("#py="), null, WAIT);
    const link = await page.locator("#share-link").inputValue();
    expect(link).toMatch(/#py=[A-Za-z0-9_-]+$/);
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await fresh.goto(link);
    await waitRuns(fresh, 1);
    expect(await editorText(fresh)).toBe(shared);
    expect(await fresh.locator('.column[data-profile="1.15"] .out').textContent()).toBe("shared/w:0\n");
    expect((await fresh.locator(".cm-tf-names").allTextContents()).join(" | ")).toContain("shared/w:0");
    await shot(fresh, "8-share-restored");
    await fresh.close();
  });

  it("fits a phone's width and is reachable by keyboard", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.goto(server.url);
    await waitRuns(phone, 1);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Tab from the top reaches the Run button without a pointer.
    let focused = "";
    for (let i = 0; i < 10 && focused !== "Run"; i++) {
      await phone.keyboard.press("Tab");
      focused = await phone.evaluate(() => document.activeElement?.textContent ?? "");
    }
    expect(focused).toBe("Run");
    await shot(phone, "9-phone");
    await phone.close();
  });
});

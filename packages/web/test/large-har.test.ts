// A 50 MB HAR: the page reads and normalizes it in its worker, shows progress, and its main thread keeps
// answering the user meanwhile. Figures are printed, not asserted (no timing thresholds).
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageDir, serveStatic, type StaticServer } from "../scripts/static-server.js";
import { launchChromium, type LoadedPage, loadPage, pageText, settled, tableCells } from "./support/browser.js";
import { LARGE_HAR_KEY, type LargeHar, writeLargeHar } from "./support/large-har.js";
import { outputDir, webDir } from "./support/paths.js";

const MB = 1024 * 1024;

interface Watch {
  /** Each change of the progress bar or its text, with the page's state at that moment. */
  readonly progress: { stage: string; value: number | null; state: string }[];
  /** Main-thread tasks over 50 ms while the worker ran (Long Tasks API). */
  readonly longTasks: number[];
  /** Animation frames the main thread drew while the worker ran. */
  frames: number;
}

/** Records progress updates, long tasks and drawn frames in the page until the job settles. */
const watch = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const log: Watch = { progress: [], longTasks: [], frames: 0 };
    (window as unknown as { watch: Watch }).watch = log;
    const bar = document.getElementById("bar") as HTMLProgressElement;
    const stage = document.getElementById("stage") as HTMLElement;
    new MutationObserver(() =>
      log.progress.push({
        stage: stage.textContent ?? "",
        value: bar.hasAttribute("value") ? bar.value : null,
        state: document.body.dataset["state"] ?? "",
      }),
    ).observe(document.getElementById("progress") as HTMLElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) log.longTasks.push(Math.round(task.duration));
    }).observe({ type: "longtask" });
    const frame = (): void => {
      log.frames += 1;
      if (!["done", "failed"].includes(document.body.dataset["state"] ?? "")) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });

let server: StaticServer;
let browser: Browser;
let loaded: LoadedPage;
let har: LargeHar;
const file = join(outputDir, "large.har");

beforeAll(async () => {
  har = writeLargeHar(file, 50 * MB);
  server = await serveStatic(pageDir(webDir));
  browser = await launchChromium();
  loaded = await loadPage(browser, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a 50 MB HAR", () => {
  let clickAnswered: { open: boolean; state: string };
  let seconds: number;

  beforeAll(async () => {
    const { page } = loaded;
    await watch(page);
    const started = Date.now();
    await page.locator("#file").setInputFiles(file);
    await page.waitForFunction(() => (window as unknown as { watch: Watch }).watch.progress.length > 0);
    // A real click on the page while the worker is busy; the main thread must handle it before the work ends.
    await page.locator("#privacy summary").click();
    clickAnswered = await page.evaluate(() => ({
      open: (document.getElementById("privacy") as HTMLDetailsElement).open,
      state: document.body.dataset["state"] ?? "",
    }));
    expect(await settled(page, 110_000)).toBe("done");
    seconds = (Date.now() - started) / 1000;
  });

  it("is at least 50 MB of real HAR entries", () => {
    expect(har.bytes).toBeGreaterThanOrEqual(50 * MB);
    expect(har.failuresPerVendor).toBeGreaterThan(1000);
  });

  it("shows progress while the worker reads and normalizes it", async () => {
    const log = await loaded.page.evaluate(() => (window as unknown as { watch: Watch }).watch);
    const reading = log.progress.filter((p) => p.stage.startsWith("Reading") && p.value !== null);
    console.log(
      `[web] ${(har.bytes / MB).toFixed(1)} MB HAR, ${har.entries} entries: result after ${seconds.toFixed(1)} s; ` +
        `${log.progress.length} progress updates (${reading.length} while reading); ${log.frames} frames drawn; ` +
        `main-thread long tasks: ${log.longTasks.length ? log.longTasks.join(", ") + " ms" : "none"}`,
    );
    expect(reading.some((p) => (p.value ?? 0) > 0 && (p.value ?? 1) < 1)).toBe(true);
    expect(new Set(log.progress.map((p) => p.stage.split(" ")[0])).size).toBeGreaterThanOrEqual(3);
    expect(log.progress.filter((p) => p.stage !== "").every((p) => ["working", "done"].includes(p.state))).toBe(true);
  });

  it("answers a click on the page while the worker is still busy", () => {
    expect(clickAnswered).toEqual({ open: true, state: "working" });
  });

  it("gives every failure, a page of rows at a time", async () => {
    const { page } = loaded;
    const total = har.failuresPerVendor * 2;
    expect(await page.locator("#message").textContent()).toContain(`${total} errors`);
    expect(await tableCells(page, "#categories")).toEqual([
      ["talentlms", "not_found", String(har.failuresPerVendor)],
      ["talview", "authentication", String(har.failuresPerVendor)],
    ]);
    expect(await page.locator("#failures tbody tr").count()).toBe(500);
    await page.locator("#more").click();
    expect(await page.locator("#failures tbody tr").count()).toBe(1000);
    expect(await page.locator("#more").textContent()).toBe(`Show more (${total - 1000} left)`);
  });

  it("shows neither key, and made no request", async () => {
    expect(await pageText(loaded.page)).not.toContain(LARGE_HAR_KEY);
    expect(loaded.afterLoad).toEqual([]);
    expect(loaded.refused).toEqual([]);
  });
});

describe("Cancel", () => {
  it("stops the worker mid-file and starts a fresh one, still without a request", async () => {
    const { page } = loaded;
    await page.locator("#file").setInputFiles(file);
    await page.waitForFunction(() => document.body.dataset["state"] === "working");
    await page.locator("#cancel").click();
    await page.waitForFunction(() => document.body.dataset["state"] === "ready");
    expect(await page.locator("#message").textContent()).toBe("Cancelled.");
    expect(await page.locator("#vendor option").allTextContents()).toEqual(["detect", "talentlms", "talview"]);
    expect(loaded.afterLoad).toEqual([]);
  });
});

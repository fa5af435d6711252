import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM_LAUNCH } from "../../../../test-support/chromium.js";

/** Headless Chromium, as every browser test launches it (see test-support/chromium.ts). */
export const launchChromium = (): Promise<Browser> => chromium.launch(CHROMIUM_LAUNCH);

/** The explainer, loaded and ready, with every request the browser made or was refused recorded. */
export interface LoadedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Requests made while the page loaded (its HTML, script and style). */
  readonly duringLoad: readonly string[];
  /** Requests made after the page said it was ready: the page promises none. */
  readonly afterLoad: readonly string[];
  /** Requests to anywhere but the local server, refused by the route below (the CSP should stop them first). */
  readonly refused: readonly string[];
}

/**
 * Opens the page in a new context that may use the clipboard, routes every request (anything but the local
 * server is refused and recorded) and waits until the page's worker is ready.
 */
export const loadPage = async (browser: Browser, url: string): Promise<LoadedPage> => {
  const origin = new URL(url).origin;
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const refused: string[] = [];
  await context.route("**/*", (route) => {
    const target = route.request().url();
    if (target.startsWith(`${origin}/`)) return route.continue();
    refused.push(target);
    return route.abort();
  });
  const duringLoad: string[] = [];
  const afterLoad: string[] = [];
  let loaded = false;
  context.on("request", (request) => (loaded ? afterLoad : duringLoad).push(request.url()));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset["state"] === "ready");
  loaded = true;
  return { page, context, duringLoad, afterLoad, refused };
};

/** Drops a file on the page's drop zone, as a user dragging it from the file manager would. */
export const dropFile = (page: Page, name: string, text: string): Promise<void> =>
  page.evaluate(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: "application/json" }));
      const zone = document.getElementById("drop");
      for (const type of ["dragenter", "dragover", "drop"])
        zone?.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, text },
  );

/** Waits until the page has finished a job (`done` or `failed`) and returns which. */
export const settled = async (page: Page, timeout = 90_000): Promise<string> => {
  await page.waitForFunction(() => ["done", "failed"].includes(document.body.dataset["state"] ?? ""), undefined, {
    timeout,
  });
  return page.evaluate(() => document.body.dataset["state"] ?? "");
};

/** The text of every cell of a table's body rows. */
export const tableCells = (page: Page, selector: string): Promise<string[][]> =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLTableRowElement>(`${selector} tr`)]
        .filter((tr) => tr.querySelector("td") !== null)
        .map((tr) => [...tr.cells].map((cell) => cell.textContent ?? "")),
    selector,
  );

/** Everything the page holds as text: its HTML, rendered text and form values. */
export const pageText = (page: Page): Promise<string> =>
  page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      document.body.innerText,
      ...[...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")].map((i) => i.value),
    ].join("\n"),
  );

/** What the page keeps in the browser: cookies, local and session storage, IndexedDB and Cache Storage. */
export const pageStorage = (page: Page): Promise<Record<string, unknown>> =>
  page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: Object.entries(localStorage),
    sessionStorage: Object.entries(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
  }));

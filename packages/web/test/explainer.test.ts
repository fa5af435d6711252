// The built page in headless Chromium, against the CLI: the HAR the CLI tests use must give the rows
// `errnorm har` prints, with no credential anywhere the page keeps text and no request after load.
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { explain, summarizeHar, type VendorName } from "@errnorm/cli";
import { harSummaryJson } from "@errnorm/cli";
import { CATEGORIES } from "@errnorm/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harSecrets } from "../../cli/test/har-secrets.js";
import { pageDir, serveStatic, type StaticServer } from "../scripts/static-server.js";
import type { ErrorJson, HarSummaryJson } from "../src/protocol.js";
import {
  dropFile,
  launchChromium,
  type LoadedPage,
  loadPage,
  pageStorage,
  pageText,
  settled,
  tableCells,
} from "./support/browser.js";
import { cliFixture, outputDir, repoRoot, webDir } from "./support/paths.js";

const HAR_FILE = cliFixture("emulators.har");
const harText = readFileSync(HAR_FILE, "utf8");
/** What `errnorm har --json` prints for the same file. */
const cli = harSummaryJson(summarizeHar(harText)._unsafeUnwrap()) as HarSummaryJson;

/** A row as the issue lists its columns: `#`, vendor, method, operation / path, status, category, … */
const expectedRow = (index: number, vendor: string, method: string, path: string, status: number, e: ErrorJson) => [
  String(index),
  vendor,
  method,
  e.operation === undefined ? path : path === "" ? e.operation : `${e.operation} (${path})`,
  String(status),
  e.category,
  e.reason,
  e.retryable ? "yes" : "no",
  e.action,
  e.traceId ?? "",
  e.userMessage,
];

const selectRow = async (page: Page, position: number): Promise<string> => {
  await page.locator("#failures tbody tr").nth(position).click();
  return (await page.locator("#json").textContent()) ?? "";
};

const copyJson = async (page: Page): Promise<string> => {
  await page.locator("#copy").click();
  await page.waitForFunction(() => document.getElementById("copy")?.textContent === "Copied");
  return page.evaluate(() => navigator.clipboard.readText());
};

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(pageDir(webDir));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the HAR the CLI tests use, dropped on the page", () => {
  let loaded: LoadedPage;
  let page: Page;
  const clipboard: string[] = [];

  beforeAll(async () => {
    loaded = await loadPage(browser, server.url);
    page = loaded.page;
    await dropFile(page, "emulators.har", harText);
    expect(await settled(page)).toBe("done");
  });

  it("shows one row per failure, exactly as errnorm har prints them", async () => {
    expect(cli.failures).toHaveLength(20);
    expect(await tableCells(page, "#failures tbody")).toEqual(
      cli.failures.map((f) => expectedRow(f.index, f.vendor, f.method, f.path, f.status, f.error)),
    );
    // Spot checks that do not go through the CLI's JSON (from the CLI's own table test).
    const rows = await tableCells(page, "#failures tbody");
    expect(rows.find((r) => r[0] === "2")).toEqual(expect.arrayContaining(["USER_NOT_FOUND", "tlms-0000000002"]));
    expect(rows.find((r) => r[0] === "16")).toEqual(
      expect.arrayContaining(["booking_create (/v1/graphql)", "200", "business_rule", "SLOT_UNAVAILABLE"]),
    );
  });

  it("sums the errors by vendor and category, and the calls by vendor", async () => {
    // In the order the CLI's table prints them: vendors, then core's CATEGORIES.
    const categories = Object.entries(cli.vendors).flatMap(([vendor, counts]) =>
      CATEGORIES.filter((category) => counts.categories[category] !== undefined).map((category) => [
        vendor,
        category,
        String(counts.categories[category]),
      ]),
    );
    expect(await tableCells(page, "#categories")).toEqual(categories);
    expect(await tableCells(page, "#vendors")).toEqual([
      ["talentlms", "13", "3", "10"],
      ["talview", "14", "4", "10"],
    ]);
    expect(await page.locator("#message").textContent()).toContain("HAR: 27 entries, 27 TalentLMS/Talview API calls");
  });

  it("shows the selected row's full NormalizedError JSON, and Copy puts exactly that text on the clipboard", async () => {
    const position = cli.failures.findIndex((f) => f.index === 16);
    const shown = await selectRow(page, position);
    expect(JSON.parse(shown)).toEqual(cli.failures[position]?.error);
    expect(await copyJson(page)).toBe(shown);
  });

  it("has no credential of the HAR in the DOM, the clipboard text or the page's storage", async () => {
    const secrets = harSecrets(HAR_FILE);
    // The extraction must have found every kind (see the CLI's har test), or this test proves nothing.
    expect(secrets.length).toBeGreaterThanOrEqual(12);
    for (const secret of secrets) expect(harText).toContain(secret);
    for (let position = 0; position < cli.failures.length; position += 1) {
      await selectRow(page, position);
      clipboard.push(await copyJson(page));
    }
    const held = [await pageText(page), ...clipboard, JSON.stringify(await pageStorage(page))].join("\n");
    expect(clipboard).toHaveLength(20);
    for (const secret of secrets) expect(held.includes(secret), `leaked ${secret.slice(0, 12)}…`).toBe(false);
    expect(held).not.toMatch(/eyJ[A-Za-z0-9_-]{6,}/);
    expect(held).toContain("Invalid API key provided: [REDACTED]"); // the echoed key is scrubbed, not dropped
    expect(await pageStorage(page)).toEqual({
      cookie: "",
      localStorage: [],
      sessionStorage: [],
      indexedDB: [],
      caches: [],
    });
  });

  it("saves a screenshot of the result (test output and docs/web-explainer.png for the README)", async () => {
    await selectRow(
      page,
      cli.failures.findIndex((f) => f.index === 16),
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = join(outputDir, "web-explainer.png");
    await page.screenshot({ path: file, fullPage: true });
    copyFileSync(file, join(repoRoot, "docs", "web-explainer.png"));
    expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
  });

  it("made no request after it loaded, and only to its own server while loading", () => {
    const origin = new URL(server.url).origin;
    expect(loaded.afterLoad).toEqual([]);
    expect(loaded.refused).toEqual([]);
    expect(loaded.duringLoad.length).toBeGreaterThan(0);
    for (const url of loaded.duringLoad) expect(url.startsWith(`${origin}/`), url).toBe(true);
  });

  afterAll(async () => {
    await loaded?.context.close();
  });
});

describe("local only, enforced by the page's Content-Security-Policy", () => {
  let loaded: LoadedPage;

  beforeAll(async () => {
    loaded = await loadPage(browser, server.url);
  });

  afterAll(async () => {
    await loaded?.context.close();
  });

  it("says so on the page", async () => {
    expect(await loaded.page.locator("#local-only").textContent()).toMatch(/Local only\..*never uploaded/s);
  });

  it("refuses a fetch from the page and from its worker, even to the page's own server", async () => {
    const { page } = loaded;
    const target = new URL("index.html", server.url).href;
    const attempt = async (url: string): Promise<string> => {
      try {
        await fetch(url);
        return "fetched";
      } catch {
        return "refused";
      }
    };
    const violations = page.evaluate(
      () =>
        new Promise<string>((done) =>
          document.addEventListener("securitypolicyviolation", (e) => done(e.effectiveDirective), { once: true }),
        ),
    );
    expect(await page.evaluate(attempt, target)).toBe("refused");
    expect(await violations).toBe("connect-src");
    const [worker] = page.workers();
    expect(worker, "the page runs a worker").toBeDefined();
    expect(await worker?.url()).toMatch(/^blob:/);
    expect(await worker?.evaluate(attempt, target)).toBe("refused");
    expect(loaded.afterLoad).toEqual([]);
  });

  it("loads no font, script or style from anywhere else", () => {
    const origin = new URL(server.url).origin;
    expect(loaded.duringLoad.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(loaded.refused).toEqual([]);
  });
});

describe("a pasted response, as errnorm explain reads it", () => {
  let loaded: LoadedPage;

  beforeAll(async () => {
    loaded = await loadPage(browser, server.url);
  });

  afterAll(async () => {
    await loaded?.context.close();
  });

  const explainOnPage = async (text: string, vendor = "", status = ""): Promise<string> => {
    const { page } = loaded;
    await page.locator("#paste").fill(text);
    await page.locator("#vendor").selectOption(vendor);
    await page.locator("#status").fill(status);
    await page.locator("#explain").click();
    return settled(page);
  };

  // Inputs as a support engineer would paste them (the same payloads as the CLI's explain tests).
  const RATE_LIMITED_RAW = [
    "HTTP/1.1 429 Too Many Requests",
    "Content-Type: application/json",
    "X-RateLimit-Limit: 2000",
    "X-RateLimit-Remaining: 0",
    "X-Request-Id: tlms-req-4411",
    "",
    '{"type":"invalid_request_error","message":"Too many requests. You have exceeded the rate limit"}',
  ].join("\r\n");
  const USER_NOT_FOUND = '{"error":{"type":"invalid_request_error","message":"The requested user does not exist"}}';
  const INVALID_JWT =
    '{"errors":[{"extensions":{"path":"$","code":"invalid-jwt"},"message":"Could not verify JWT: JWTExpired"}]}';

  it.each<{ name: string; text: string; vendor?: VendorName; status?: number; reason: string }>([
    { name: "a raw HTTP response, vendor detected", text: RATE_LIMITED_RAW, reason: "RATE_LIMITED" },
    {
      name: "a body with a chosen vendor and status",
      text: USER_NOT_FOUND,
      vendor: "talentlms",
      status: 404,
      reason: "USER_NOT_FOUND",
    },
    { name: "a Talview GraphQL body at 200", text: INVALID_JWT, vendor: "talview", reason: "TOKEN_EXPIRED" },
  ])("$name gives the CLI's error", async ({ text, vendor, status, reason }) => {
    const want = explain({ text, vendor, status })._unsafeUnwrap();
    const error = want.error?.toJSON() as ErrorJson; // defined: checked next
    expect(error.reason).toBe(reason);
    expect(await explainOnPage(text, vendor ?? "", status === undefined ? "" : String(status))).toBe("done");
    expect(await tableCells(loaded.page, "#failures tbody")).toEqual([
      expectedRow(1, want.vendor, "", "", want.status, error),
    ]);
    expect(JSON.parse(await selectRow(loaded.page, 0))).toEqual(error);
  });

  it("says what the CLI says for input it cannot explain", async () => {
    expect(await explainOnPage("<html>oops</html>")).toBe("failed");
    const cliMessage = explain({ text: "<html>oops</html>" })._unsafeUnwrapErr().message;
    expect(await loaded.page.locator("#message").textContent()).toBe(cliMessage);
  });

  it("says what errnorm har says for a JSON file that is not a HAR", async () => {
    const text = '{"version": "1.2"}';
    await dropFile(loaded.page, "no-log.har", text);
    expect(await settled(loaded.page)).toBe("failed");
    expect(await loaded.page.locator("#message").textContent()).toBe(summarizeHar(text)._unsafeUnwrapErr().message);
  });
});

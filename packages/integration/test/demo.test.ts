import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CATEGORIES } from "@errnorm/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_CASES, type DemoEnv } from "../src/demo-cases.js";
import { closeDemoEnv, startDemoEnv } from "../src/demo-env.js";
import { renderErrorTable } from "../src/demo-render.js";
import { categoriesShown, type DemoRow, runDemoSession } from "../src/demo-session.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** Runs `pnpm demo`'s command in a child process: exit code, everything printed, wall time. */
const runDemoScript = (): Promise<{ code: number | null; out: string; ms: number }> =>
  new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=@errnorm/source", "examples/demo.ts"], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("exit", (code) => resolve({ code, out, ms: performance.now() - started }));
  });

// Started first so the child runs while the in-process session below is tested.
let script: ReturnType<typeof runDemoScript>;
beforeAll(() => {
  script = runDemoScript();
});

describe("the demo session", () => {
  let env: DemoEnv;
  let rows: DemoRow[];
  beforeAll(async () => {
    env = await startDemoEnv();
    rows = await runDemoSession(env);
  });
  afterAll(() => closeDemoEnv(env));

  test.for(DEMO_CASES.map((c, i) => [i, c.vendor, c.scenario, c.expected] as const))(
    "case %i (%s: %s) gets %s",
    ([index, , , expected]) => {
      expect(rows[index]?.error?.category).toBe(expected);
    },
  );

  test("every category is shown at least once", () => {
    expect([...categoriesShown(rows)].sort()).toEqual([...CATEGORIES].sort());
  });

  test("every case that reached a server shows the vendor's request id", () => {
    const withResponse = rows.filter((row) => row.error && row.error.status !== 0 && row.case.client !== "apollo");
    expect(withResponse.length).toBeGreaterThan(15);
    for (const row of withResponse) expect(row.error?.traceId, row.case.scenario).toMatch(/^(tlms-)?[0-9a-f]{10}$/);
  });

  test("the printed table carries no secret: API keys and tokens stay out", () => {
    const printed = renderErrorTable(rows) + JSON.stringify(rows.map((row) => row.error));
    for (const secret of [env.talentlms.apiKey, "wrong-key-0000", env.token]) expect(printed).not.toContain(secret);
  });
});

test("`pnpm demo` (examples/demo.ts) exits 0 on its own within a minute and prints every table", async () => {
  const { code, out, ms } = await script;
  expect(out).toContain("Categories shown: 13 of 13.");
  expect(out).toContain("createThrottle(50/500 ms) + withRetry");
  expect(out).not.toContain("test-api-key");
  expect(code).toBe(0);
  // it exits without process.exit(), so the emulators and clients left no open handle behind
  expect(ms).toBeLessThan(60_000);
});

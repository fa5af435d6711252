// The built CommonJS entries (`require("@errnorm/talentlms/axios")`, `.../ky`) in a plain node process, against the
// emulator through the tap: the same errors parseResponse gives.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startTalentlmsEmulator, type TalentlmsEmulator } from "@errnorm/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseResponse } from "../../src/index.js";
import { type ResponseTap, startResponseTap } from "../support/response-tap.js";
import { wireWithoutCause } from "../support/same-error.js";
import { ensureDist } from "./ensure-dist.js";

const script = fileURLToPath(new URL("./cjs/run-clients.cjs", import.meta.url));

let emulator: TalentlmsEmulator;
let tap: ResponseTap;
beforeAll(async () => {
  ensureDist(["core", "talentlms"], ["axios.cjs", "ky.cjs"]);
  emulator = await startTalentlmsEmulator();
  tap = await startResponseTap(emulator.url);
}, 180_000);
afterAll(async () => {
  await tap?.close();
  await emulator?.close();
});

const runChild = (): Promise<string> =>
  new Promise((resolve, reject) =>
    execFile(process.execPath, [script, tap.url, emulator.apiKey], { timeout: 30_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    ),
  );

describe("CommonJS: the built dist required by a plain node process", () => {
  it("axios and ky reject with the NormalizedError parseResponse gives", async () => {
    const limited = { type: "rateLimited", retryAfterSeconds: 4 } as const;
    emulator.script(["pass", limited, "status500", "pass", limited, "status500"]);
    const lines = (await runChild())
      .trim()
      .split("\n")
      .map(
        (line) => JSON.parse(line) as { client: string; path: string; ok: boolean; normalized: boolean; json: unknown },
      );
    const served = tap.all();
    expect(lines).toHaveLength(6);
    expect(served).toHaveLength(6);
    lines.forEach((line, i) => {
      const response = served[i];
      if (response === undefined) throw new Error("missing response");
      expect(line.ok).toBe(false);
      expect(line.normalized).toBe(true);
      const oracle = parseResponse(response, { url: `${tap.url}${line.path}` })._unsafeUnwrapErr();
      const { cause: _cause, ...json } = line.json as Record<string, unknown>;
      expect(json).toEqual(wireWithoutCause(oracle));
    });
    expect(lines.map((l) => (l.json as { reason: string }).reason)).toEqual([
      "USER_NOT_FOUND",
      "RATE_LIMITED",
      "HTTP_500",
      "USER_NOT_FOUND",
      "RATE_LIMITED",
      "HTTP_500",
    ]);
  });
});

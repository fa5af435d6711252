// The built CommonJS entries (`require("@errnorm/talview/apollo")`...) in a plain node process, each with its real
// client against the emulator through the tap: a `success: false` booking at HTTP 200 rejects with the error
// parseResponse gives.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startTalviewEmulator, type TalviewEmulator } from "@errnorm/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseResponse } from "../../src/index.js";
import { type ResponseTap, startResponseTap } from "../support/response-tap.js";
import { wireWithoutCause } from "../support/same-error.js";
import { ensureDist } from "./ensure-dist.js";

const script = fileURLToPath(new URL("./cjs/run-clients.cjs", import.meta.url));

let emulator: TalviewEmulator;
let tap: ResponseTap;
beforeAll(async () => {
  ensureDist(["core", "talview"], ["axios.cjs", "graphql-request.cjs", "apollo.cjs", "urql.cjs"]);
  emulator = await startTalviewEmulator();
  tap = await startResponseTap(emulator.url);
}, 180_000);
afterAll(async () => {
  await tap?.close();
  await emulator?.close();
});

const runChild = (token: string): Promise<string> =>
  new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [script, `${tap.url}/v1/graphql`, token],
      { timeout: 30_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
    ),
  );

describe("CommonJS: the built dist required by a plain node process", () => {
  it("axios, graphql-request, Apollo and urql reject SLOT_UNAVAILABLE as parseResponse does", async () => {
    emulator.failNext(4, { business: "SLOT_UNAVAILABLE" });
    const lines = (await runChild(emulator.issueToken().access_token))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { client: string; ok: boolean; normalized: boolean; json: unknown });
    const served = tap.all();
    expect(lines.map((l) => l.client)).toEqual(["axios", "graphql-request", "apollo", "urql"]);
    expect(served).toHaveLength(4);
    lines.forEach((line, i) => {
      const response = served[i];
      if (response === undefined) throw new Error("missing response");
      expect(line).toMatchObject({ ok: false, normalized: true, json: { reason: "SLOT_UNAVAILABLE", status: 200 } });
      const { cause: _cause, ...json } = line.json as Record<string, unknown>;
      expect(json).toEqual(wireWithoutCause(parseResponse(response)._unsafeUnwrapErr()));
    });
  });
});

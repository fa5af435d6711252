// The built CommonJS entries (`require("@errnorm/talview/apollo")`...) in a plain node process, each with its real
// client against the emulator through the tap: a `success: false` booking at HTTP 200 rejects with the error
// parseResponse gives.
import { fileURLToPath } from "node:url";
import { startTalviewEmulator } from "@errnorm/testkit";
import { beforeAll, describe, expect, it } from "vitest";
import { parseResponse } from "../../src/index.js";
import { ensureDist } from "../../../../test-support/ensure-dist.js";
import { runCjsClients } from "../../../../test-support/cjs-clients.js";
import { wireWithoutCause } from "../../../../test-support/same-error.js";
import { tappedEmulator } from "../../../../test-support/tapped-emulator.js";

const script = fileURLToPath(new URL("./cjs/run-clients.cjs", import.meta.url));

beforeAll(
  () => ensureDist({ core: ["index.cjs"], talview: ["axios.cjs", "graphql-request.cjs", "apollo.cjs", "urql.cjs"] }),
  180_000,
);
const local = tappedEmulator(startTalviewEmulator);

describe("CommonJS: the built dist required by a plain node process", () => {
  it("axios, graphql-request, Apollo and urql reject SLOT_UNAVAILABLE as parseResponse does", async () => {
    local.emulator.failNext(4, { business: "SLOT_UNAVAILABLE" });
    const token = local.emulator.issueToken().access_token;
    const lines = await runCjsClients(script, [`${local.tap.url}/v1/graphql`, token]);
    const served = local.tap.all();
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

// The built CommonJS entries (`require("@errnorm/talentlms/axios")`, `.../ky`) in a plain node process, against the
// emulator through the tap: the same errors parseResponse gives.
import { fileURLToPath } from "node:url";
import { startTalentlmsEmulator } from "@errnorm/testkit";
import { beforeAll, describe, expect, it } from "vitest";
import { parseResponse } from "../../src/index.js";
import { ensureDist } from "../../../../test-support/ensure-dist.js";
import { runCjsClients } from "../../../../test-support/cjs-clients.js";
import { wireWithoutCause } from "../../../../test-support/same-error.js";
import { tappedEmulator } from "../../../../test-support/tapped-emulator.js";

const script = fileURLToPath(new URL("./cjs/run-clients.cjs", import.meta.url));

beforeAll(() => ensureDist({ core: ["index.cjs"], talentlms: ["axios.cjs", "ky.cjs"] }), 180_000);
const local = tappedEmulator(startTalentlmsEmulator);

describe("CommonJS: the built dist required by a plain node process", () => {
  it("axios and ky reject with the NormalizedError parseResponse gives", async () => {
    const limited = { type: "rateLimited", retryAfterSeconds: 4 } as const;
    local.emulator.script(["pass", limited, "status500", "pass", limited, "status500"]);
    const lines = await runCjsClients(script, [local.tap.url, local.emulator.apiKey]);
    const served = local.tap.all();
    expect(lines).toHaveLength(6);
    expect(served).toHaveLength(6);
    lines.forEach((line, i) => {
      const response = served[i];
      if (response === undefined) throw new Error("missing response");
      expect(line.ok).toBe(false);
      expect(line.normalized).toBe(true);
      const oracle = parseResponse(response, { url: `${local.tap.url}${line.path}` })._unsafeUnwrapErr();
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

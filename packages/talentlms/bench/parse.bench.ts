import type { Category, HttpResponseLike } from "@errnorm/core";
import { bench, describe } from "vitest";
import { loadFixtures, wireBody } from "@errnorm/testkit/fixtures";
import { importPacked } from "../../../test-support/packed-import.js";

// The packed dist, as users import it (`pnpm bench` packs first).
const { NormalizedError } = await importPacked<typeof import("@errnorm/core")>("@errnorm/core");
const { parseResponse } = await importPacked<typeof import("@errnorm/talentlms")>("@errnorm/talentlms");

/**
 * What a developer writes by hand: parse the JSON, switch on the status, build the same NormalizedError.
 * No message rules, no HTTPS check, no rate-limit or trace headers, no 2xx error bodies.
 */
const handWritten = (response: { status: number; body: string }): unknown => {
  let body: unknown;
  try {
    body = response.body === "" ? undefined : JSON.parse(response.body);
  } catch {
    body = response.body;
  }
  if (response.status >= 200 && response.status < 300) return body;
  let category: Category;
  switch (response.status) {
    case 400:
    case 422:
      category = "invalid_request";
      break;
    case 401:
      category = "authentication";
      break;
    case 403:
      category = "permission";
      break;
    case 404:
      category = "not_found";
      break;
    case 429:
      category = "rate_limited";
      break;
    default:
      category = response.status >= 500 ? "server" : "unknown";
  }
  const b = body as { error?: { message?: string }; message?: string } | undefined;
  const message = b?.error?.message ?? b?.message ?? `HTTP ${response.status}`;
  return new NormalizedError({
    vendor: "talentlms",
    category,
    reason: `HTTP_${response.status}`,
    message,
    status: response.status,
    raw: body,
  });
};

for (const fixture of loadFixtures(new URL("../test/fixtures/", import.meta.url))) {
  const text = wireBody(fixture);
  const { status } = fixture.response;
  const response: HttpResponseLike = { status, headers: new Headers(fixture.response.headers), body: text };
  const options = fixture.request;
  const plain = { status, body: text };

  describe(`${fixture.file} (HTTP ${status})`, () => {
    bench("errnorm parseResponse", () => {
      parseResponse(response, options);
    });
    bench("hand-written status switch", () => {
      handWritten(plain);
    });
  });
}

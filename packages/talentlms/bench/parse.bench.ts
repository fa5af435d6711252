import { type Category, type HttpResponseLike, NormalizedError } from "@errnorm/core";
import { bench, describe } from "vitest";
import { parseResponse } from "../src/index.js";
import { bodyText, loadFixtures } from "../test/support/fixtures.js";

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

for (const fixture of loadFixtures()) {
  const text = bodyText(fixture);
  const response: HttpResponseLike = { status: fixture.status, headers: new Headers(fixture.headers), body: text };
  const options = fixture.request?.url === undefined ? undefined : { url: fixture.request.url };
  const plain = { status: fixture.status, body: text };

  describe(`${fixture.file} (HTTP ${fixture.status})`, () => {
    bench("errnorm parseResponse", () => {
      parseResponse(response, options);
    });
    bench("hand-written status switch", () => {
      handWritten(plain);
    });
  });
}

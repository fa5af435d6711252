import { bench, describe } from "vitest";
import { loadFixtures, wireBody } from "@errnorm/testkit/fixtures";
import { importPacked } from "../../../test-support/packed-import.js";

// The packed dist, as users import it (`pnpm bench` packs first).
const { parseResponse } = await importPacked<typeof import("@errnorm/talview")>("@errnorm/talview");

/**
 * What an SDK author writes by hand without errnorm: parse, look at the first error or the envelope,
 * map a few codes. Same input (wire text), no redaction, no bounds, no trace of the other errors.
 */
const handWritten = (status: number, headers: Record<string, string> | undefined, text: string) => {
  let body: any;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    return { ok: false, category: status >= 500 ? "server" : "unknown", message: text.slice(0, 200) };
  }
  const first = body?.errors?.[0] ?? (body?.extensions || body?.error ? body : undefined);
  if (first) {
    const code = first.extensions?.code ?? first.code ?? status;
    const category =
      code === 401 || code === "invalid-jwt"
        ? "authentication"
        : code === 429
          ? "rate_limited"
          : Number(code) >= 500
            ? "server"
            : "invalid_request";
    return {
      ok: false,
      category,
      message: first.message ?? first.error,
      traceId: first.extensions?.traceId ?? headers?.["x-request-id"],
    };
  }
  if (status >= 400) return { ok: false, category: "http", message: body?.message };
  const data = body?.data ?? body;
  if (data && typeof data === "object") {
    for (const key in data) {
      const value = data[key];
      if (value && value.success === false)
        return { ok: false, category: "business_rule", message: value.error_message };
    }
  }
  return { ok: true, value: data };
};

for (const fixture of loadFixtures(new URL("../test/fixtures/", import.meta.url))) {
  const { status, headers } = fixture.response;
  const body = wireBody(fixture);
  describe(fixture.id, () => {
    bench(
      "parseResponse",
      () => {
        parseResponse({ status, headers, body }, fixture.request);
      },
      { time: 150, warmupTime: 30 },
    );
    bench(
      "hand-written check",
      () => {
        handWritten(status, headers, body);
      },
      { time: 150, warmupTime: 30 },
    );
  });
}

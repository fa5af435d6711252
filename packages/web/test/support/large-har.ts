import { closeSync, openSync, statSync, writeSync } from "node:fs";

/** The API key every TalentLMS call of the large HAR sends (it must never reach the page's output). */
export const LARGE_HAR_KEY = "large-har-key-7f3a9c2e5b1d";

/** What the large HAR holds, known by construction (not by running the CLI). */
export interface LargeHar {
  readonly bytes: number;
  readonly entries: number;
  /** TalentLMS 404 `USER_NOT_FOUND` (not_found) and Talview `invalid-jwt` at 200 (authentication), one each per group. */
  readonly failuresPerVendor: number;
}

const pair = (name: string, value: string) => ({ name, value });

const entry = (url: string, status: number, requestHeaders: object[], mimeType: string, text: string) => ({
  startedDateTime: "2026-01-01T00:00:00.000Z",
  time: 12,
  request: { method: "GET", url, httpVersion: "HTTP/1.1", headers: requestHeaders, cookies: [], queryString: [] },
  response: {
    status,
    statusText: "",
    headers: [pair("Content-Type", mimeType)],
    cookies: [],
    content: { mimeType, text },
  },
});

/**
 * Writes a HAR of at least `minBytes`: groups of a TalentLMS error, a Talview GraphQL error at HTTP 200 and a large
 * page from another host (the bulk a real session holds), streamed to disk.
 */
export const writeLargeHar = (file: string, minBytes: number): LargeHar => {
  const padding = "<p>lorem ipsum dolor sit amet</p>".repeat(600);
  const fd = openSync(file, "w");
  let written = 0;
  let groups = 0;
  const write = (text: string): void => {
    written += writeSync(fd, text);
  };
  write('{"log":{"version":"1.2","creator":{"name":"errnorm test","version":"1"},"entries":[');
  while (written < minBytes) {
    const n = groups;
    const items = [
      entry(
        `https://acme.talentlms.com/api/v1/users/id:${n}`,
        404,
        [pair("X-API-Key", LARGE_HAR_KEY)],
        "application/json",
        JSON.stringify({ error: { type: "invalid_request_error", message: "The requested user does not exist" } }),
      ),
      entry(
        "https://api.talview.com/v1/graphql",
        200,
        [pair("Authorization", `Bearer ${LARGE_HAR_KEY}-jwt`)],
        "application/json",
        JSON.stringify({
          errors: [{ extensions: { path: "$", code: "invalid-jwt" }, message: "Could not verify JWT: JWTExpired" }],
        }),
      ),
      entry(`https://cdn.example.com/page/${n}.html`, 200, [], "text/html", padding),
    ];
    write(`${n === 0 ? "" : ","}${items.map((item) => JSON.stringify(item)).join(",")}`);
    groups += 1;
  }
  write("]}}");
  closeSync(fd);
  return { bytes: statSync(file).size, entries: groups * 3, failuresPerVendor: groups };
};

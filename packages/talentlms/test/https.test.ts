import { describe, expect, it } from "vitest";
import { parseResponse } from "../src/index.js";

const html403 = { status: 403, body: "<html>Forbidden</html>" };

describe("HTTPS required", () => {
  it.each([
    "http://acme.talentlms.com/api/v2/users",
    "HTTP://ACME.TALENTLMS.COM/api/v1/users",
    "http://learn.example.org/api/v1/users",
    new URL("http://acme.talentlms.com/api/v1/users"),
  ])("flags a rejected call to %s", (url) => {
    expect(parseResponse(html403, { url })._unsafeUnwrapErr()).toMatchObject({
      reason: "HTTPS_REQUIRED",
      action: "use_https",
      category: "invalid_request",
    });
  });

  it.each([
    "https://acme.talentlms.com/api/v2/users",
    "http://127.0.0.1:3000/api/v2/users",
    "http://localhost/api",
    "http://[::1]:80/api",
    "not a url",
  ])("leaves %s alone", (url) => {
    expect(parseResponse(html403, { url })._unsafeUnwrapErr().reason).toBe("API_NOT_ENABLED");
  });

  it("keeps 429 and 5xx meaning what they say over plain HTTP", () => {
    const url = "http://acme.talentlms.com/api/v2/users";
    expect(parseResponse({ status: 429, body: "" }, { url })._unsafeUnwrapErr().reason).toBe("RATE_LIMITED");
    expect(parseResponse({ status: 502, body: "" }, { url })._unsafeUnwrapErr().reason).toBe("HTTP_502");
  });

  it("lets a known vendor message win: the call plainly reached TalentLMS", () => {
    const body = JSON.stringify({ error: { message: "The requested user does not exist" } });
    expect(
      parseResponse({ status: 404, body }, { url: "http://acme.talentlms.com/api/v1/users/id:3" })._unsafeUnwrapErr()
        .reason,
    ).toBe("USER_NOT_FOUND");
  });

  it("does not turn a success over plain HTTP into an error", () => {
    expect(parseResponse({ status: 200, body: "[]" }, { url: "http://acme.talentlms.com/api/v1/users" }).isOk()).toBe(
      true,
    );
  });

  it("scrubs the Basic credentials and key parameters of the URL from the error", () => {
    const url = "https://tlms_userinfo_key:@acme.talentlms.com/api/v1/users?apikey=tlms_query_key_1";
    const body = JSON.stringify({
      error: { message: `Invalid API key provided (tlms_userinfo_key, tlms_query_key_1)` },
    });
    const printed = JSON.stringify(parseResponse({ status: 401, body }, { url })._unsafeUnwrapErr());
    expect(printed).not.toContain("tlms_userinfo_key");
    expect(printed).not.toContain("tlms_query_key_1");
  });
});

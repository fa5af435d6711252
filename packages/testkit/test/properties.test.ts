import { NormalizedError } from "@errnorm/core";
import {
  checkCodePlacements,
  checkNeverThrows,
  checkPolicyAgreement,
  checkReasons,
  checkValidErrors,
} from "@errnorm/testkit/properties";
import { err, ok } from "neverthrow";
import { describe, expect, it } from "vitest";
import { CODE_RULES, sample, soundParse, STATUS_RULES, VENDOR } from "./sample-adapter.js";

const FAST = { numRuns: 200 };

describe("the generic checks pass on a sound adapter", () => {
  it.each([
    ["checkNeverThrows", () => checkNeverThrows(sample(), FAST)],
    ["checkPolicyAgreement", () => checkPolicyAgreement(sample())],
    ["checkReasons", () => checkReasons(sample())],
    ["checkValidErrors", () => checkValidErrors(sample(), FAST)],
    ["checkCodePlacements", () => checkCodePlacements(sample(), FAST)],
  ])("%s", (_name, check) => {
    expect(check).not.toThrow();
  });
});

describe("checkNeverThrows fails", () => {
  it("when parseResponse reads the body without care (a throwing Proxy, a cycle)", () => {
    const careless = sample({
      parseResponse: (response) => {
        // Careless only about the body: a null response must not be what fails it.
        JSON.stringify((response as { body?: unknown } | null)?.body);
        return soundParse(response);
      },
    });
    expect(() => checkNeverThrows(careless, FAST)).toThrow(/hostile getter|Converting circular structure/);
  });

  it("when normalizeError throws on a value it does not expect", () => {
    const careless = sample({
      normalizeError: (thrown) => {
        if (thrown === null || typeof thrown !== "object") throw new TypeError("not an object");
        return sample().normalizeError(thrown);
      },
    });
    expect(() => checkNeverThrows(careless, FAST)).toThrow(/not an object/);
  });
});

describe("checkPolicyAgreement fails", () => {
  it("on an action that departs from CATEGORY_POLICY without a reason", () => {
    const adapter = sample({ policyExceptions: {} });
    expect(() => checkPolicyAgreement(adapter)).toThrow(/TOKEN_EXPIRED.*refresh_token.*without a documented/);
  });

  it("on a retryable that departs from CATEGORY_POLICY", () => {
    const tables = { T: { 500: { category: "server", reason: "CRASH", retryable: false } } };
    expect(() => checkPolicyAgreement(sample({ tables }))).toThrow(/retryable false \(policy: true\)/);
  });

  it("on an exception that no rule needs any more", () => {
    const adapter = sample({ policyExceptions: { TOKEN_EXPIRED: "a fresh token fixes it", GONE: "once true" } });
    expect(() => checkPolicyAgreement(adapter)).toThrow(/policyExceptions.GONE: no rule departs/);
  });

  it("on a category or action outside the closed lists, and on an entry that is not a rule", () => {
    const tables = {
      T: { a: { category: "oops", reason: "A" }, b: { category: "server", reason: "B", action: "reboot" }, c: 3 },
    };
    expect(() => checkPolicyAgreement(sample({ tables, policyExceptions: {} }))).toThrow(
      /T\["c"\] is not a rule[\s\S]*category "oops"[\s\S]*action "reboot"/,
    );
  });

  it("accepts a why written on the rule itself", () => {
    const tables = {
      T: {
        401: {
          category: "authentication",
          reason: "X",
          action: "refresh_token",
          policyException: "tokens expire hourly",
        },
      },
    };
    expect(() => checkPolicyAgreement(sample({ tables, policyExceptions: {} }))).not.toThrow();
  });
});

describe("checkReasons fails", () => {
  it("on a reason that is not UPPER_SNAKE", () => {
    const tables = { T: { 404: { category: "not_found", reason: "notFound" } } };
    expect(() => checkReasons(sample({ tables }))).toThrow(/"notFound" is not UPPER_SNAKE/);
  });

  it("on one reason with two categories, across tables", () => {
    const tables = { STATUS_RULES, OTHER: [{ category: "permission", reason: "NOT_FOUND" }] };
    expect(() => checkReasons(sample({ tables }))).toThrow(
      /NOT_FOUND is not_found at STATUS_RULES\["404"\] but permission/,
    );
  });
});

describe("checkValidErrors fails", () => {
  it("on a success at a non-2xx status", () => {
    const lenient = sample({ parseResponse: (r) => (r.status === 404 ? ok(undefined) : soundParse(r)) });
    expect(() => checkValidErrors(lenient, FAST)).toThrow(/ok at HTTP 404/);
  });

  it("on an error of another vendor, or with a status that is not the response's", () => {
    const wrong = (vendor: string, status: number) =>
      sample({
        parseResponse: () =>
          err(new NormalizedError({ vendor, category: "server", reason: "X", message: "m", status })),
      });
    expect(() => checkValidErrors(wrong("other", 500), FAST)).toThrow(/vendor other, expected sample/);
    expect(() => checkValidErrors(wrong(VENDOR, 0), FAST)).toThrow(/status 0, expected/);
  });

  it("on retryable against the policy, and on a reason whose category is not its table's", () => {
    const retryable = sample({
      parseResponse: (r) =>
        err(
          new NormalizedError({
            vendor: VENDOR,
            category: "invalid_request",
            reason: "BAD",
            message: "m",
            status: r.status,
            retryable: true,
          }),
        ),
    });
    expect(() => checkValidErrors(retryable, FAST)).toThrow(/retryable true for invalid_request/);
    const drifted = sample({
      parseResponse: (r) =>
        err(
          new NormalizedError({
            vendor: VENDOR,
            category: "server",
            reason: "NOT_FOUND",
            message: "m",
            status: r.status,
          }),
        ),
    });
    expect(() => checkValidErrors(drifted, FAST)).toThrow(/reason NOT_FOUND is server; its table says not_found/);
  });

  it("on a normalizeError that gives another vendor's error", () => {
    const other = sample({
      normalizeError: () =>
        new NormalizedError({ vendor: "x", category: "unknown", reason: "X", message: "m", status: 0 }),
    });
    expect(() => checkValidErrors(other, FAST)).toThrow(/a valid error from normalizeError/);
  });
});

describe("checkCodePlacements fails", () => {
  it("when one placement is read and the other is not (the status decides there instead)", () => {
    const onlyWrapped = sample({
      parseResponse: (r) => {
        const body = (r as { body?: { errors?: unknown } }).body;
        return body?.errors === undefined ? soundParse(r) : soundParse({ ...r, body: {} });
      },
    });
    expect(() => checkCodePlacements(onlyWrapped, FAST)).toThrow(/in every placement/);
  });

  it("passes without codePlacements: an adapter whose codes arrive in one place", () => {
    expect(() => checkCodePlacements(sample({ codePlacements: undefined }), FAST)).not.toThrow();
  });
});

it("the sample's tables are what the failures above name", () => {
  expect(Object.keys(CODE_RULES)).toEqual(["expired", "missing"]);
});

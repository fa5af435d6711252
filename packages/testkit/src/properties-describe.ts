import { describe, it } from "vitest";
import { checkCodePlacements, checkNeverThrows, checkValidErrors } from "./properties-runtime.js";
import { checkPolicyAgreement, checkReasons } from "./properties-tables.js";
import type { AdapterUnderTest, PropertyRunOptions } from "./properties-types.js";

/**
 * Registers every generic check as a vitest test, in one `describe` named for the vendor.
 *
 * @example
 * describeAdapterProperties({ vendor: "acme", parseResponse, normalizeError, tables: { STATUS_RULES } });
 */
export const describeAdapterProperties = (adapter: AdapterUnderTest, options: PropertyRunOptions = {}): void => {
  describe(`${adapter.vendor}: generic adapter properties (@errnorm/testkit/properties)`, () => {
    it("never throws on any status, headers, body, options or thrown value", () => checkNeverThrows(adapter, options));
    it("every rule agrees with CATEGORY_POLICY unless the table says why", () => checkPolicyAgreement(adapter));
    it("reasons are UPPER_SNAKE and one reason has one category", () => checkReasons(adapter));
    it("any status and body give a success only for 2xx, else a valid error", () => checkValidErrors(adapter, options));
    it.skipIf(adapter.codePlacements === undefined)(
      "the same code gives the same category in every placement and at every status",
      () => checkCodePlacements(adapter, options),
    );
  });
};

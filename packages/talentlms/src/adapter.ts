import type { VendorAdapter } from "@errnorm/core";
import { normalizeError } from "./normalize-error.js";
import type { TalentlmsParseOptions } from "./options.js";
import { parseResponse } from "./parse.js";
import { VENDOR } from "./vendor.js";

/** The TalentLMS adapter as core's `VendorAdapter`, for code that handles several vendors alike. */
export const talentlms: VendorAdapter<TalentlmsParseOptions> = Object.freeze({
  vendor: VENDOR,
  parseResponse,
  normalizeError,
});

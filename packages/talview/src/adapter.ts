import type { VendorAdapter } from "@errnorm/core";
import { checkEnvelope } from "./check-envelope.js";
import { normalizeError } from "./normalize-error.js";
import type { TalviewParseOptions } from "./options.js";
import { parseResponse } from "./parse.js";
import { request } from "./request.js";
import { VENDOR } from "./vendor.js";

/** The Talview adapter as one object implementing core's `VendorAdapter` (plus `checkEnvelope` and `request`). */
export const talview = Object.freeze({
  vendor: VENDOR,
  parseResponse,
  normalizeError,
  checkEnvelope,
  request,
}) satisfies VendorAdapter<TalviewParseOptions>;

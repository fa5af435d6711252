export { type Detection, DETECTION_RULES, detectVendor } from "./detect-vendor.js";
export { EXIT_CODES, type ExitCode } from "./exit-codes.js";
export { explain, type ExplainInput, type Explanation, isHttpStatus, type StatusSource } from "./explain.js";
export type { HeaderPairs } from "./headers.js";
export { harSummaryJson } from "./har-json.js";
export { InputError, isInputError } from "./input-error.js";
export { CLI_LIMITS } from "./limits.js";
export { parseRawResponse, type RawResponse } from "./raw-http.js";
export {
  type HarFailure,
  type HarSummary,
  summarizeHar,
  type SummarizeHarOptions,
  type VendorCounts,
} from "./summarize-har.js";
export { parseVendorHost, type VendorHost, vendorOfUrl } from "./vendor-hosts.js";
export { isVendorName, VENDOR_NAMES, type VendorName, VENDORS } from "./vendors.js";

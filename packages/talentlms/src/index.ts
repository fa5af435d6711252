// @errnorm/talentlms: every TalentLMS REST API error as a NormalizedError. The mapping tables are on
// `@errnorm/talentlms/tables`.
export { talentlms } from "./adapter.js";
export { type FetchArgs, fromFetch } from "./from-fetch.js";
export { normalizeError } from "./normalize-error.js";
export type { TalentlmsParseOptions } from "./options.js";
export { parseResponse } from "./parse.js";
export { readRateLimitInfo, type TalentlmsRateLimitInfo } from "./rate-limit.js";
export { TALENTLMS_RATE_LIMITS } from "./tables.js";
export { VENDOR } from "./vendor.js";

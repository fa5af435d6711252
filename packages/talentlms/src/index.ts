export { talentlms } from "./adapter.js";
export { type FetchArgs, fromFetch } from "./from-fetch.js";
export { matchMessageRule, MESSAGE_MATCH_LENGTH, normalizeMessage } from "./match-message.js";
export { type Evidence, type MessageRule, TALENTLMS_MESSAGE_RULES } from "./message-rules.js";
export { AXIOS_TRANSPORT_CODES, normalizeError } from "./normalize-error.js";
export type { TalentlmsParseOptions } from "./options.js";
export { parseResponse } from "./parse.js";
export { readRateLimitInfo, type TalentlmsRateLimitInfo } from "./rate-limit.js";
export {
  TALENTLMS_FALLBACK_RULES,
  TALENTLMS_RATE_LIMITS,
  TALENTLMS_STATUS_TABLE,
  TALENTLMS_SUCCESS_STATUSES,
  TALENTLMS_TYPE_TABLE,
  type TalentlmsRule,
} from "./tables.js";
export { VENDOR } from "./vendor.js";

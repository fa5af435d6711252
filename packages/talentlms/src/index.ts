export { talentlms } from "./adapter.js";
export { type FetchArgs, fromFetch } from "./from-fetch.js";
export { MESSAGE_MATCH_LENGTH, normalizeMessage } from "./match-message.js";
export { type Evidence, type MessageEvidence, TALENTLMS_MESSAGE_EVIDENCE } from "./message-evidence.js";
export type { MessageMatcher } from "./message-rules.js";
export { AXIOS_TRANSPORT_CODES, normalizeError } from "./normalize-error.js";
export type { TalentlmsParseOptions } from "./options.js";
export { parseResponse } from "./parse.js";
export { readRateLimitInfo, type TalentlmsRateLimitInfo } from "./rate-limit.js";
export { TALENTLMS_REASON_NOTES } from "./reason-notes.js";
export {
  matchMessageRule,
  type MessageRule,
  TALENTLMS_FALLBACK_RULES,
  TALENTLMS_MESSAGE_RULES,
  TALENTLMS_STATUS_TABLE,
  TALENTLMS_TYPE_TABLE,
  type TalentlmsRule,
  type WithMeaning,
} from "./reference-tables.js";
export { type RuleOutcome, TALENTLMS_RATE_LIMITS, TALENTLMS_SUCCESS_STATUSES } from "./tables.js";
export { VENDOR } from "./vendor.js";

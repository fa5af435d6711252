export { talview } from "./adapter.js";
export { checkEnvelope, type CheckEnvelopeOptions } from "./check-envelope.js";
export { cleanVendorMessage } from "./codes.js";
export { INTERNAL_DETAIL_PATTERN, type MessageRule, TALVIEW_MESSAGE_RULES } from "./message-rules.js";
export { normalizeError } from "./normalize-error.js";
export type { TalviewParseOptions } from "./options.js";
export { parseResponse } from "./parse.js";
export { partialDataOf } from "./partial-data.js";
export { request, type TalviewRequest } from "./request.js";
export {
  type CodeRule,
  FALLBACK_RULES,
  GRAPHQL_SERVER_CODE_TABLE,
  HASURA_CODE_TABLE,
  type HasuraCode,
  LEAD_PRIORITY,
  type LogicalCode,
  type LogicalCodeRule,
  TALVIEW_LOGICAL_CODES,
  TALVIEW_STATUS_TABLE,
  type TalviewStatusCode,
} from "./tables.js";
export { VENDOR } from "./vendor.js";

export { talview } from "./adapter.js";
export { checkEnvelope, type CheckEnvelopeOptions } from "./check-envelope.js";
export { cleanVendorMessage } from "./codes.js";
export { type LogicalCodeNote, TALVIEW_LOGICAL_CODE_NOTES } from "./logical-code-notes.js";
export { INTERNAL_DETAIL_PATTERN, type MessageRule, TALVIEW_MESSAGE_RULES } from "./message-rules.js";
export { normalizeError } from "./normalize-error.js";
export type { TalviewParseOptions } from "./options.js";
export { parseResponse } from "./parse.js";
export { partialDataOf } from "./partial-data.js";
export {
  type ExpandedRule,
  type ExpandedTable,
  GRAPHQL_SERVER_CODE_TABLE,
  HASURA_CODE_TABLE,
  type LogicalCodeRule,
  type LogicalCodeTable,
  TALVIEW_LOGICAL_CODES,
  type UpperSnake,
} from "./reference-tables.js";
export { request, type TalviewRequest } from "./request.js";
export {
  type CodeRule,
  type CodeSpec,
  FALLBACK_RULES,
  type HasuraCode,
  LEAD_PRIORITY,
  type LogicalCode,
  type LogicalRule,
  TALVIEW_STATUS_TABLE,
  type TalviewStatusCode,
} from "./tables.js";
export { VENDOR } from "./vendor.js";

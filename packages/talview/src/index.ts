// @errnorm/talview: every Talview GraphQL API error as a NormalizedError. The mapping tables are on
// `@errnorm/talview/tables`.
export { talview } from "./adapter.js";
export { checkEnvelope, type CheckEnvelopeOptions } from "./check-envelope.js";
export { normalizeError } from "./normalize-error.js";
export type { TalviewParseOptions } from "./options.js";
export { parseResponse } from "./parse.js";
export { partialDataOf } from "./partial-data.js";
export { request, type TalviewRequest } from "./request.js";
export { VENDOR } from "./vendor.js";

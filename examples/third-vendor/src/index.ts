// A third errnorm adapter, for the made-up Quillpad notes API: decode (core) -> read the evidence (read-body.ts)
// -> classify by the tables (classify.ts, tables.ts) -> build with the kit (parse.ts).
import type { VendorAdapter } from "@errnorm/core";
import { normalizeError } from "./normalize-error.js";
import type { QuillpadOptions } from "./options.js";
import { parseResponse } from "./parse.js";
import { VENDOR } from "./vendor.js";

export { normalizeError } from "./normalize-error.js";
export type { QuillpadOptions } from "./options.js";
export { parseResponse } from "./parse.js";
export { CODE_RULES, FALLBACK_RULES, POLICY_EXCEPTIONS, STATUS_RULES } from "./tables.js";
export { VENDOR } from "./vendor.js";

/** The adapter object, for code that takes any errnorm adapter. */
export const quillpad: VendorAdapter<QuillpadOptions> = { vendor: VENDOR, parseResponse, normalizeError };

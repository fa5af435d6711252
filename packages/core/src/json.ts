// @errnorm/core/json: reading NormalizedErrors back from their wire form. The only entry that loads zod/mini.
export { fromJSON, WireFormatError } from "./from-json.js";
export { NormalizedErrorJsonSchema } from "./wire-schema.js";

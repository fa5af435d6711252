// @errnorm/core/adapter: the kit for adapter authors (errnorm's own and other SDKs'). Public and stable: a pipeline
// of decode -> read the vendor's evidence -> classify by tables -> buildError, with nothing left to hand-write.
export { type AxiosInstanceLike, interceptAxios } from "./kit/axios-interceptor.js";
export { buildError, type ErrorEvidence } from "./kit/build.js";
export { snapshotHeaders } from "./kit/headers.js";
export { type AdapterOptions, readAdapterOptions } from "./kit/options.js";
export { observeError, observeHeaders, type RateObserver } from "./kit/observe-rate.js";
export { field, isList, isRecord, itemsOf, keysOf, textOf } from "./kit/read.js";
export { type DecidedRule, decideRule, defineRules, lookupRule, type Rule } from "./kit/rule.js";
export { learnSecrets, urlSecrets } from "./kit/secrets.js";
export { normalizeThrown, unreadableError } from "./kit/thrown.js";
export { toReason } from "./error.js";
export {
  type DecodedBody,
  decodeBody,
  type HeadersInput,
  normalizeStatus,
  parseRetryAfter,
  readHeader,
  readRateLimit,
  readTraceId,
} from "./http.js";
export { defaultUserMessage } from "./messages.js";
export { redactText } from "./redact.js";
export { HTTP_STATUS_DEFAULTS, isSuccessStatus, statusRule } from "./status.js";
export {
  classifyTransportError,
  TRANSPORT_CODES,
  TRANSPORT_NAMES,
  type TransportFailure,
  type TransportRule,
} from "./transport.js";

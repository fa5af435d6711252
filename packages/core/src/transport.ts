import { lookupRule, type Rule } from "./kit/rule.js";
import { isObjectLike, safeGet } from "./safe.js";

export interface TransportRule extends Rule {
  /** `true` when the failure proves the server never received the request (safe to resend even a POST). */
  readonly notProcessed: boolean;
}

/** Node, undici and axios error codes, as data. Anywhere in the cause chain. */
export const TRANSPORT_CODES = {
  ECONNREFUSED: { category: "network", reason: "CONNECTION_REFUSED", notProcessed: true },
  ENOTFOUND: { category: "network", reason: "DNS_FAILURE", notProcessed: true },
  EAI_AGAIN: { category: "network", reason: "DNS_FAILURE", notProcessed: true },
  EHOSTUNREACH: { category: "network", reason: "HOST_UNREACHABLE", notProcessed: true },
  ENETUNREACH: { category: "network", reason: "HOST_UNREACHABLE", notProcessed: true },
  ECONNRESET: { category: "network", reason: "CONNECTION_RESET", notProcessed: false },
  EPIPE: { category: "network", reason: "CONNECTION_RESET", notProcessed: false },
  UND_ERR_SOCKET: { category: "network", reason: "CONNECTION_RESET", notProcessed: false },
  ETIMEDOUT: { category: "network", reason: "CONNECTION_TIMEOUT", notProcessed: false },
  UND_ERR_CONNECT_TIMEOUT: { category: "timeout", reason: "CONNECT_TIMEOUT", notProcessed: true },
  UND_ERR_HEADERS_TIMEOUT: { category: "timeout", reason: "TIMEOUT", notProcessed: false },
  UND_ERR_BODY_TIMEOUT: { category: "timeout", reason: "TIMEOUT", notProcessed: false },
  ECONNABORTED: { category: "timeout", reason: "TIMEOUT", notProcessed: false },
  // axios's browser/XHR "Network Error": nothing says whether the server saw the request
  ERR_NETWORK: { category: "network", reason: "NETWORK_ERROR", notProcessed: false },
  ERR_CANCELED: { category: "cancelled", reason: "CANCELLED", notProcessed: false },
  UND_ERR_ABORTED: { category: "cancelled", reason: "CANCELLED", notProcessed: false },
  ABORT_ERR: { category: "cancelled", reason: "CANCELLED", notProcessed: false },
} as const satisfies Record<string, TransportRule>;

/** Error names (DOMException, axios, fetch polyfills) that decide the category on their own. */
export const TRANSPORT_NAMES = {
  AbortError: { category: "cancelled", reason: "CANCELLED", notProcessed: false },
  CanceledError: { category: "cancelled", reason: "CANCELLED", notProcessed: false },
  TimeoutError: { category: "timeout", reason: "TIMEOUT", notProcessed: false },
} as const satisfies Record<string, TransportRule>;

/** `fetch`'s network failure is a bare `TypeError`; these are its messages across runtimes. */
export const FETCH_FAILURE_MESSAGES = [
  "fetch failed",
  "failed to fetch",
  "networkerror when attempting to fetch resource.",
  "load failed",
  "network error",
  "network request failed",
  "terminated",
] as const;

const FETCH_FAILURE: TransportRule = { category: "network", reason: "NETWORK_ERROR", notProcessed: false };

/** Reasons whose failure proves the request was not processed (see `TransportRule.notProcessed`). */
export const NOT_PROCESSED_REASONS: ReadonlySet<string> = new Set(
  Object.values(TRANSPORT_CODES)
    .filter((rule) => rule.notProcessed)
    .map((rule) => rule.reason),
);

export interface TransportFailure extends TransportRule {
  /** The code or name that decided it. */
  readonly code: string;
  /** The message of the link that decided it. */
  readonly message: string;
}

const MAX_CHAIN = 10;

/**
 * Recognises a transport failure (abort, timeout, connection or DNS failure) in a thrown value or anywhere
 * in its `cause` chain; `undefined` when it is something else. A name at the top wins (an abort stays an
 * abort), then the deepest specific code, then fetch's bare TypeError.
 */
export const classifyTransportError = (thrown: unknown): TransportFailure | undefined => {
  const chain: object[] = [];
  for (let link: unknown = thrown; isObjectLike(link) && chain.length < MAX_CHAIN; link = safeGet(link, "cause")) {
    if (chain.includes(link)) break;
    chain.push(link);
  }
  const describe = (link: object, rule: TransportRule, code: string): TransportFailure => {
    const message = safeGet(link, "message");
    return { ...rule, code, message: typeof message === "string" ? message : code };
  };
  const top = chain[0];
  if (top) {
    const name = safeGet(top, "name");
    const byName = lookupRule<TransportRule>(TRANSPORT_NAMES, name);
    if (byName) return describe(top, byName, String(name));
  }
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const link = chain[i] as object;
    const code = safeGet(link, "code") ?? safeGet(link, "errno");
    const byCode = lookupRule<TransportRule>(TRANSPORT_CODES, code);
    if (byCode) return describe(link, byCode, String(code));
  }
  for (const link of chain) {
    const byName = lookupRule<TransportRule>(TRANSPORT_NAMES, safeGet(link, "name"));
    if (byName) return describe(link, byName, String(safeGet(link, "name")));
  }
  if (top && safeGet(top, "name") === "TypeError") {
    const message = safeGet(top, "message");
    if (typeof message === "string" && (FETCH_FAILURE_MESSAGES as readonly string[]).includes(message.toLowerCase())) {
      return describe(top, FETCH_FAILURE, "TypeError");
    }
  }
  return undefined;
};

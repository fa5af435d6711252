import { lookupRule, type Rule } from "./kit/rule.js";

/**
 * Vendor-neutral meaning of an HTTP status (RFC 9110), as data. Adapters override entries with their
 * vendor's documented meaning; `statusRule` fills everything else by class.
 */
export const HTTP_STATUS_DEFAULTS = {
  400: { category: "invalid_request", reason: "HTTP_400" },
  401: { category: "authentication", reason: "HTTP_401" },
  403: { category: "permission", reason: "HTTP_403" },
  404: { category: "not_found", reason: "HTTP_404" },
  405: { category: "invalid_request", reason: "HTTP_405" },
  408: { category: "timeout", reason: "HTTP_408" },
  409: { category: "conflict", reason: "HTTP_409" },
  410: { category: "not_found", reason: "HTTP_410" },
  422: { category: "invalid_request", reason: "HTTP_422" },
  429: { category: "rate_limited", reason: "HTTP_429" },
  500: { category: "server", reason: "HTTP_500" },
  502: { category: "unavailable", reason: "HTTP_502" },
  503: { category: "unavailable", reason: "HTTP_503" },
  504: { category: "unavailable", reason: "HTTP_504" },
} as const satisfies Record<number, Rule>;

/** The rule for any status: the table, else by class (4xx invalid_request, 5xx server, anything else unknown). */
export const statusRule = (status: number): Rule => {
  const known = lookupRule(HTTP_STATUS_DEFAULTS, status);
  if (known) return known;
  if (status === 0) return { category: "unknown", reason: "NO_RESPONSE" };
  const reason = `HTTP_${status}`;
  if (status >= 400 && status <= 499) return { category: "invalid_request", reason };
  if (status >= 500 && status <= 599) return { category: "server", reason };
  return { category: "unknown", reason };
};

/** A 2xx status. */
export const isSuccessStatus = (status: number): boolean => status >= 200 && status <= 299;

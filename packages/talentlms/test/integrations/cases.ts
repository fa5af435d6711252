// The TalentLMS failures every client integration is tested on: how to provoke each one from the testkit emulator,
// and what the NormalizedError must say. Responses come from the emulator (payloads labelled in testkit's
// messages.ts); the expectations are the README's category table.
import type { Category } from "@errnorm/core";
import type { TalentlmsEmulator } from "@errnorm/testkit";

export interface HttpCase {
  readonly name: string;
  readonly method: "GET" | "POST";
  /** Path under the emulator's base URL. */
  readonly path: string;
  /** Send the emulator's API key (default `true`); a string sends that key instead. */
  readonly key?: boolean | string;
  readonly json?: Record<string, unknown>;
  readonly arrange?: (emulator: TalentlmsEmulator) => void;
  readonly expected: {
    readonly category: Category;
    readonly reason: string;
    readonly retryable: boolean;
    readonly status: number;
    /** The emulator sends `X-RateLimit-*` (the proxy's HTML 502 does not). */
    readonly rateLimited?: { readonly limit: number; readonly remaining?: number };
    readonly retryAfterMs?: number;
  };
}

export const HTTP_CASES: readonly HttpCase[] = [
  {
    name: "401 without a key",
    method: "GET",
    path: "/api/v2/users/1",
    key: false,
    expected: {
      category: "authentication",
      reason: "API_KEY_MISSING",
      retryable: false,
      status: 401,
      rateLimited: { limit: 200 },
    },
  },
  {
    name: "401 with a wrong key",
    method: "GET",
    path: "/api/v2/users/1",
    key: "tlms_wrong_0a1b2c3d4e5f60718293",
    expected: {
      category: "authentication",
      reason: "API_KEY_INVALID",
      retryable: false,
      status: 401,
      rateLimited: { limit: 200 },
    },
  },
  {
    name: "403 API not enabled",
    method: "GET",
    path: "/api/v2/users/1",
    arrange: (e) => e.setDomainActive(false),
    expected: {
      category: "permission",
      reason: "API_NOT_ENABLED",
      retryable: false,
      status: 403,
      rateLimited: { limit: 200 },
    },
  },
  {
    name: "404 user not found (v1)",
    method: "GET",
    path: "/api/v1/users/id:999",
    expected: {
      category: "not_found",
      reason: "USER_NOT_FOUND",
      retryable: false,
      status: 404,
      rateLimited: { limit: 200 },
    },
  },
  {
    name: "400 user already exists (v2)",
    method: "POST",
    path: "/api/v2/users",
    json: { email: "john.doe@example.com", login: "someone-new", first_name: "J", last_name: "D" },
    expected: {
      category: "conflict",
      reason: "USER_ALREADY_EXISTS",
      retryable: false,
      status: 400,
      rateLimited: { limit: 200 },
    },
  },
  {
    name: "429 with Retry-After",
    method: "GET",
    path: "/api/v2/users/1",
    arrange: (e) => e.failNext(1, { type: "rateLimited", retryAfterSeconds: 2 }),
    expected: {
      category: "rate_limited",
      reason: "RATE_LIMITED",
      retryable: true,
      status: 429,
      rateLimited: { limit: 200, remaining: 0 },
      retryAfterMs: 2000,
    },
  },
  {
    name: "429 without Retry-After",
    method: "GET",
    path: "/api/v2/users/1",
    arrange: (e) => e.failNext(1, "rateLimited"),
    expected: {
      category: "rate_limited",
      reason: "RATE_LIMITED",
      retryable: true,
      status: 429,
      rateLimited: { limit: 200, remaining: 0 },
    },
  },
  {
    name: "500",
    method: "GET",
    path: "/api/v2/users/1",
    arrange: (e) => e.failNext(1, "status500"),
    expected: { category: "server", reason: "HTTP_500", retryable: true, status: 500, rateLimited: { limit: 200 } },
  },
  {
    name: "HTML 502 from a proxy",
    method: "GET",
    path: "/api/v2/users/1",
    arrange: (e) => e.failNext(1, "html502"),
    expected: { category: "unavailable", reason: "HTTP_502", retryable: true, status: 502 },
  },
];

import type { ServerResponse } from "node:http";
import { type HeaderMap, sendJson } from "../shared/respond.js";
import { hasuraRestError } from "./hasura-bodies.js";
import { HASURA_MESSAGES, INVALID_REFRESH_TOKEN, missingVariableMessage, WRONG_CREDENTIALS } from "./messages.js";
import type { TalviewUser } from "./seed.js";
import type { TalviewTokenSet, TokenStore } from "./tokens.js";

/** The RESTified endpoints the emulator serves (Hasura mounts them under `/api/rest/`). */
export const REST_PATHS = {
  login: "/api/rest/auth_user_login",
  refresh: "/api/rest/auth_refresh_token",
} as const;

interface RestInput {
  readonly res: ServerResponse;
  readonly method: string;
  readonly body: string;
  readonly headers: HeaderMap;
  readonly users: readonly TalviewUser[];
  readonly tokens: TokenStore;
}

const readJson = (body: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
};

/** Checks method and required fields like Hasura's REST layer; returns the fields, or answers and returns undefined. */
const requireFields = (input: RestInput, names: readonly string[]): Record<string, string> | undefined => {
  if (input.method !== "POST") {
    sendJson(input.res, 405, hasuraRestError("method-not-allowed", "Allowed methods: POST"), {
      ...input.headers,
      allow: "POST",
    });
    return undefined;
  }
  const json = readJson(input.body);
  const fields: Record<string, string> = {};
  for (const name of names) {
    const value = json[name];
    if (typeof value !== "string") {
      sendJson(input.res, 400, hasuraRestError("validation-failed", missingVariableMessage(name)), input.headers);
      return undefined;
    }
    fields[name] = value;
  }
  return fields;
};

const envelope = (field: string, data: TalviewTokenSet): unknown => ({
  [field]: { success: true, error_message: null, data },
});

/** `POST /api/rest/auth_user_login` `{username,password,tenant_id?}`: tokens, or 401 "Wrong username/password". */
export const handleLogin = (input: RestInput): void => {
  const fields = requireFields(input, ["username", "password"]);
  if (fields === undefined) return;
  const user = input.users.find((u) => u.username === fields["username"] && u.password === fields["password"]);
  if (user === undefined) return sendJson(input.res, 401, { error: WRONG_CREDENTIALS }, input.headers);
  sendJson(input.res, 200, envelope("auth_user_login", input.tokens.issue(user.username)), input.headers);
};

/** `POST /api/rest/auth_refresh_token` `{refresh_token}`: new tokens, or 401 `{"error":"Invalid refresh token"}`. */
export const handleRefresh = (input: RestInput): void => {
  const fields = requireFields(input, ["refresh_token"]);
  if (fields === undefined) return;
  const tokens = input.tokens.refresh(fields["refresh_token"] ?? "");
  if (tokens === undefined) return sendJson(input.res, 401, { error: INVALID_REFRESH_TOKEN }, input.headers);
  sendJson(input.res, 200, envelope("auth_refresh_token", tokens), input.headers);
};

/** Any other `/api/rest/...` path: Hasura's 404 (research W14). */
export const handleUnknownRest = (res: ServerResponse, headers: HeaderMap): void =>
  sendJson(res, 404, hasuraRestError("not-found", HASURA_MESSAGES.endpointNotFound), headers);

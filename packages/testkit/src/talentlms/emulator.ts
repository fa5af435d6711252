import type { IncomingMessage, ServerResponse } from "node:http";
import { DEFAULT_SLOW_MS, type EmulatorControls, withFaultControls } from "../shared/controls.js";
import { delay, signalOnClose } from "../shared/delay.js";
import { FaultQueue } from "../shared/fault-queue.js";
import { NGINX_BAD_GATEWAY_HTML } from "../shared/html-pages.js";
import { readBody } from "../shared/request-log.js";
import { dropConnection, type HeaderMap, sendEmpty, sendJson, sendScripted, sendText } from "../shared/respond.js";
import { createRecorder } from "../shared/recorder.js";
import { listen } from "../shared/server.js";
import { SlidingWindow, type WindowState } from "../shared/sliding-window.js";
import { type TalentlmsFault, type TalentlmsFaultObject, toFaultObject } from "./faults.js";
import {
  type ApiVersion,
  errorBody,
  TALENTLMS_MESSAGES as M,
  type TalentlmsError,
  talentlmsError,
} from "./messages.js";
import { type RouteResult, runRoute, V1_ROUTES, V2_ROUTES } from "./routes.js";
import { seedStore } from "./seed.js";

/** Options of `startTalentlmsEmulator`; every field is optional. */
export interface TalentlmsEmulatorOptions {
  /** Port on 127.0.0.1; default 0 (any free port). */
  readonly port?: number;
  /** Accepted API keys (`X-API-Key`, or v1's Basic auth user name); default `["test-api-key"]`. */
  readonly apiKeys?: readonly string[];
  /** `false` answers every authenticated request with 403 (API disabled / domain inactive); default `true`. */
  readonly domainActive?: boolean;
  /** Sliding-window limit; default 200 requests per 5000 ms (the documented burst cap). `false` disables it. */
  readonly rateLimit?: TalentlmsRateLimitOptions | false;
  /** Clock used for the rate window and the request log; default `Date.now`. */
  readonly now?: () => number;
}

/** The burst limit the emulator enforces. */
export interface TalentlmsRateLimitOptions {
  /** Requests admitted per window; default 200. */
  readonly limit?: number;
  /** Window length in ms; default 5000. */
  readonly windowMs?: number;
  /** Adds `Retry-After: <seconds>` to 429s; the vendor documents none, so none by default. */
  readonly retryAfterSeconds?: number;
}

/** A running TalentLMS emulator. */
export interface TalentlmsEmulator extends EmulatorControls<TalentlmsFault> {
  /** `${url}/api/v1` */
  readonly v1Url: string;
  /** `${url}/api/v2` */
  readonly v2Url: string;
  /** The first accepted API key, for convenience. */
  readonly apiKey: string;
  /** Turns the inactive-domain 403 on (`false`) or off (`true`) until the next `reset()`. */
  setDomainActive(active: boolean): void;
}

/** The documented TalentLMS burst limit: 200 calls per 5 seconds. */
export const TALENTLMS_DEFAULT_RATE_LIMIT = { limit: 200, windowMs: 5_000 } as const;

// A loop, not /\/+$/: that pattern is quadratic on long runs of slashes.
const trimSlashes = (text: string): string => {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 47) end -= 1;
  return text.slice(0, end);
};

const versionOf = (pathname: string): { version: ApiVersion; rest: string } | undefined => {
  const match = /^\/api\/(v1|v2)\/(.*)$/.exec(pathname);
  if (!match) return undefined;
  return { version: match[1] === "v1" ? "v1" : "v2", rest: trimSlashes(match[2] ?? "") };
};

const apiKeyOf = (headers: IncomingMessage["headers"], version: ApiVersion): string | undefined => {
  const header = headers["x-api-key"];
  if (typeof header === "string" && header !== "") return header;
  const authorization = headers.authorization;
  // v1 clients (the official PHP library) send the key as the HTTP Basic user name.
  if (version === "v1" && typeof authorization === "string" && /^basic /i.test(authorization)) {
    const decoded = Buffer.from(authorization.slice(6).trim(), "base64").toString("utf8");
    const user = decoded.split(":")[0] ?? "";
    return user === "" ? undefined : user;
  }
  return undefined;
};

const parseFields = (
  text: string,
  contentType: string | undefined,
): { fields: Record<string, string>; valid: boolean } => {
  if (text.trim() === "") return { fields: {}, valid: true };
  if (contentType?.includes("json")) {
    try {
      const value: unknown = JSON.parse(text);
      if (value === null || typeof value !== "object" || Array.isArray(value)) return { fields: {}, valid: false };
      const fields: Record<string, string> = {};
      for (const [key, field] of Object.entries(value)) {
        if (typeof field === "string" || typeof field === "number") fields[key] = String(field);
      }
      return { fields, valid: true };
    } catch {
      return { fields: {}, valid: false };
    }
  }
  return { fields: Object.fromEntries(new URLSearchParams(text)), valid: true };
};

/**
 * Starts a local TalentLMS REST emulator (v1 and v2) on 127.0.0.1.
 * @example
 * const tlms = await startTalentlmsEmulator({ rateLimit: { limit: 5, windowMs: 300 } });
 * tlms.failNext(2, "html502");
 * await fetch(`${tlms.v1Url}/users/id:1`, { headers: { "X-API-Key": tlms.apiKey } }); // 502 HTML
 * await tlms.close();
 */
export const startTalentlmsEmulator = async (options: TalentlmsEmulatorOptions = {}): Promise<TalentlmsEmulator> => {
  const apiKeys = options.apiKeys ?? ["test-api-key"];
  const clock = options.now ?? Date.now;
  const rate = options.rateLimit === false ? undefined : options.rateLimit;
  const window =
    options.rateLimit === false
      ? undefined
      : new SlidingWindow(
          rate?.limit ?? TALENTLMS_DEFAULT_RATE_LIMIT.limit,
          rate?.windowMs ?? TALENTLMS_DEFAULT_RATE_LIMIT.windowMs,
        );
  const faults = new FaultQueue<TalentlmsFault>(() => true);
  const recorder = createRecorder("tlms-", clock);
  let store = seedStore();
  let domainActive = options.domainActive ?? true;

  const rateHeaders = (state: WindowState | undefined): HeaderMap =>
    state === undefined
      ? {}
      : { "x-ratelimit-limit": String(state.limit), "x-ratelimit-remaining": String(state.remaining) };

  const sendError = (res: ServerResponse, version: ApiVersion, error: TalentlmsError, headers: HeaderMap): void =>
    sendJson(res, error.status, errorBody(version, error), headers);

  const sendResult = (res: ServerResponse, version: ApiVersion, result: RouteResult, headers: HeaderMap): void => {
    if (result.kind === "error") sendError(res, version, result.error, headers);
    else if (result.kind === "empty") sendEmpty(res, result.status, headers);
    else sendJson(res, result.status, result.body, headers);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const signal = signalOnClose(res);
    const body = await readBody(req);
    const target = req.url ?? "/";
    const record = recorder.record(req, res, body);
    const idHeader: HeaderMap = { "x-request-id": record.id };

    const scripted = faults.take(record);
    const fault: TalentlmsFaultObject | undefined = scripted === undefined ? undefined : toFaultObject(scripted);
    record.fault = fault?.type;
    if (fault?.type === "drop") return dropConnection(res);
    if (fault?.type === "html502") {
      return sendText(res, 502, NGINX_BAD_GATEWAY_HTML, "text/html", { ...idHeader, server: "nginx" });
    }
    if (fault?.type === "respond") return sendScripted(res, fault, idHeader);
    if (fault?.type === "slow" && !(await delay(fault.delayMs ?? DEFAULT_SLOW_MS, signal))) return;

    const pathname = new URL(target, "http://127.0.0.1").pathname;
    const api = versionOf(pathname);
    const peeked = (): HeaderMap => ({ ...idHeader, ...rateHeaders(window?.peek(clock())) });
    if (api === undefined) {
      return sendError(res, "v2", talentlmsError(404, M.resourceNotFound), peeked());
    }
    const { version, rest } = api;

    const key = apiKeyOf(req.headers, version);
    if (key === undefined) return sendError(res, version, talentlmsError(401, M.missingApiKey), peeked());
    if (!apiKeys.includes(key)) return sendError(res, version, talentlmsError(401, M.invalidApiKey), peeked());
    if (!domainActive) return sendError(res, version, talentlmsError(403, M.inactiveDomain), peeked());

    const tooMany = (retryAfterSeconds: number | undefined, state: WindowState | undefined): void => {
      const headers: Record<string, string> = { ...idHeader, ...rateHeaders(state) };
      if (retryAfterSeconds !== undefined) headers["retry-after"] = String(retryAfterSeconds);
      sendError(res, version, talentlmsError(429, M.rateLimited), headers);
    };
    if (fault?.type === "rateLimited") {
      const state = window?.peek(clock());
      return tooMany(fault.retryAfterSeconds ?? rate?.retryAfterSeconds, state && { ...state, remaining: 0 });
    }
    const state = window?.admit(clock());
    if (state && !state.admitted) return tooMany(rate?.retryAfterSeconds, state);
    const headers: HeaderMap = { ...idHeader, ...rateHeaders(state) };

    if (fault?.type === "status500") {
      return sendError(res, version, talentlmsError(500, fault.message ?? M.internalError), headers);
    }

    const { fields, valid } = parseFields(body, req.headers["content-type"]);
    const input = { fields, bodyIsValid: valid, store, window: state };
    const method = req.method ?? "GET";
    const result =
      runRoute(version === "v1" ? V1_ROUTES : V2_ROUTES, method, rest, input) ??
      ({
        kind: "error",
        error: talentlmsError(version === "v1" ? 400 : 404, version === "v1" ? M.unknownAction : M.resourceNotFound),
      } as const);
    sendResult(res, version, result, headers);
  };

  const server = await listen(handle, options.port ?? 0);

  const members = {
    url: server.url,
    port: server.port,
    v1Url: `${server.url}/api/v1`,
    v2Url: `${server.url}/api/v2`,
    apiKey: apiKeys[0] ?? "",
    reset() {
      faults.clear();
      window?.clear();
      recorder.clear();
      store = seedStore();
      domainActive = options.domainActive ?? true;
    },
    setDomainActive(active: boolean) {
      domainActive = active;
    },
    close: server.close,
  };
  const emulator: TalentlmsEmulator = withFaultControls(members, faults, recorder);
  return emulator;
};

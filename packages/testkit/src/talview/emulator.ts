import type { IncomingMessage, ServerResponse } from "node:http";
import { createYoga } from "graphql-yoga";
import { DEFAULT_SLOW_MS, type EmulatorControls, withFaultControls } from "../shared/controls.js";
import { delay, signalOnClose } from "../shared/delay.js";
import { FaultQueue } from "../shared/fault-queue.js";
import { ALB_BAD_GATEWAY_HTML } from "../shared/html-pages.js";
import { flattenHeaders, type RecordedRequest, readBody } from "../shared/request-log.js";
import { dropConnection, type HeaderMap, sendJson, sendScripted, sendText } from "../shared/respond.js";
import { createRecorder } from "../shared/recorder.js";
import { listen } from "../shared/server.js";
import {
  faultLabel,
  isBusinessFault,
  type TalviewBusinessFault,
  type TalviewFault,
  type TalviewFaultObject,
  toFaultObject,
} from "./faults.js";
import { firstMissingVariable, parseGraphqlRequest } from "./graphql-request.js";
import { documentedBody, hasuraErrors, hasuraRestError } from "./hasura-bodies.js";
import { useHasuraResponses } from "./hasura-result.js";
import { HASURA_MESSAGES, missingVariableMessage } from "./messages.js";
import { handleLogin, handleRefresh, handleUnknownRest, REST_PATHS } from "./rest.js";
import {
  BUSINESS_FIELDS,
  type BusinessErrorStyle,
  createTalviewSchema,
  PUBLIC_FIELDS,
  type TalviewContext,
} from "./schema.js";
import { seedStore, type TalviewUser } from "./seed.js";
import { type TalviewTokenSet, type TokenRejection, TokenStore } from "./tokens.js";

/** Options of `startTalviewEmulator`; every field is optional. */
export interface TalviewEmulatorOptions {
  /** Port on 127.0.0.1; default 0 (any free port). */
  readonly port?: number;
  /** Accepted logins; default one user, `demo@talview.test` / `demo-password`. */
  readonly users?: readonly TalviewUser[];
  /** Access-token lifetime in ms; default 3_600_000 (the docs' `expires_in: 3600`). */
  readonly tokenLifetimeMs?: number;
  /**
   * How token problems are answered. `"hasura"` (default): HTTP 200 `{"errors":[{"extensions":{"path":"$",
   * "code":"invalid-jwt"},"message":"Could not verify JWT: JWTExpired"}]}` and friends. `"documented"`: the
   * docs' bare bodies, 403 "Token has expired" for an expired token and 401 for a missing or invalid one.
   */
  readonly authErrors?: "hasura" | "documented";
  /** `error_message` of business failures: `"code"` (default, e.g. `"SLOT_UNAVAILABLE"`) or `"prose"`. */
  readonly businessErrors?: BusinessErrorStyle;
  /** Clock for token expiry and the request log; default `Date.now`. */
  readonly now?: () => number;
}

/** A running Talview emulator. */
export interface TalviewEmulator extends EmulatorControls<TalviewFault> {
  /** `${url}/v1/graphql` */
  readonly graphqlUrl: string;
  /** `${url}/api/rest/auth_user_login` */
  readonly loginUrl: string;
  /** `${url}/api/rest/auth_refresh_token` */
  readonly refreshUrl: string;
  /** The first accepted login, for convenience. */
  readonly credentials: TalviewUser;
  /** Issues a token set directly (no request is logged); `username` defaults to the first user. */
  issueToken(username?: string): TalviewTokenSet;
  /** Makes every access token issued so far expired; refresh tokens keep working. */
  expireTokens(): void;
}

const DEFAULT_USER: TalviewUser = { username: "demo@talview.test", password: "demo-password" };
const GRAPHQL_PATH = "/v1/graphql";
const HOP_HEADERS = new Set(["host", "connection", "content-length", "transfer-encoding", "keep-alive"]);
const EXPIRED: TokenRejection = { reason: "expired", code: "invalid-jwt", message: HASURA_MESSAGES.jwtExpired };

const needsToken = (fields: readonly string[]): boolean =>
  !(fields.length > 0 && fields.every((f) => PUBLIC_FIELDS.has(f)));

const appliesByDefault = (fault: TalviewFault, request: RecordedRequest): boolean => {
  const object = toFaultObject(fault);
  const fields = request.graphql?.fields ?? [];
  if (isBusinessFault(object)) return fields.some((f) => BUSINESS_FIELDS.has(f));
  if (object.type === "tokenExpired") return request.graphql !== undefined && needsToken(fields);
  return true;
};

/**
 * Starts a local Talview emulator on 127.0.0.1: Hasura-style GraphQL at `/v1/graphql` (graphql-yoga) and the
 * RESTified login/refresh endpoints.
 * @example
 * const talview = await startTalviewEmulator({ tokenLifetimeMs: 200 });
 * const { access_token } = talview.issueToken();
 * talview.failNext(1, { business: "SLOT_UNAVAILABLE" });
 * await talview.close();
 */
export const startTalviewEmulator = async (options: TalviewEmulatorOptions = {}): Promise<TalviewEmulator> => {
  const users = options.users ?? [DEFAULT_USER];
  const clock = options.now ?? Date.now;
  const authStyle = options.authErrors ?? "hasura";
  const businessErrors = options.businessErrors ?? "code";
  const tokens = new TokenStore(options.tokenLifetimeMs ?? 3_600_000, clock);
  const faults = new FaultQueue<TalviewFault>(appliesByDefault);
  const recorder = createRecorder("", clock);
  let store = seedStore();

  const yoga = createYoga<TalviewContext>({
    schema: createTalviewSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: false,
    logging: false,
    maskedErrors: false,
    plugins: [useHasuraResponses()],
  });

  const sendAuthError = (res: ServerResponse, rejection: TokenRejection, headers: HeaderMap, traceId: string): void => {
    if (authStyle === "hasura") return sendJson(res, 200, hasuraErrors(rejection.code, rejection.message), headers);
    if (rejection.reason === "expired") return sendJson(res, 403, documentedBody(403, traceId), headers);
    sendJson(res, 401, documentedBody(401, traceId), headers);
  };

  /** Answers the scripted faults that replace the whole exchange; `true` when it answered. */
  const answerFault = (
    res: ServerResponse,
    fault: TalviewFaultObject,
    headers: HeaderMap,
    traceId: string,
  ): boolean => {
    if (isBusinessFault(fault)) return false;
    switch (fault.type) {
      case "drop":
        dropConnection(res);
        return true;
      case "badGateway":
        sendText(res, 502, ALB_BAD_GATEWAY_HTML, "text/html", { ...headers, server: "awselb/2.0" });
        return true;
      case "rateLimited": {
        const retry = fault.retryAfterSeconds === undefined ? {} : { "retry-after": String(fault.retryAfterSeconds) };
        sendJson(res, 429, documentedBody(429, traceId), { ...headers, ...retry });
        return true;
      }
      case "status500":
        sendJson(res, 500, documentedBody(500, traceId), headers);
        return true;
      case "documented":
        sendJson(res, fault.status, documentedBody(fault.status, traceId, fault.message), headers);
        return true;
      case "graphqlError":
        sendJson(
          res,
          200,
          { errors: [{ extensions: fault.extensions ?? { path: "$", code: "unexpected" }, message: fault.message }] },
          headers,
        );
        return true;
      case "respond":
        sendScripted(res, fault, headers);
        return true;
      case "slow":
      case "tokenExpired":
        return false;
    }
  };

  const forwardToYoga = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    body: string,
    context: TalviewContext,
    headers: HeaderMap,
  ): Promise<void> => {
    const requestHeaders = new Headers();
    for (const [name, value] of Object.entries(flattenHeaders(req))) {
      if (!HOP_HEADERS.has(name)) requestHeaders.set(name, value);
    }
    const method = req.method ?? "GET";
    const request = new Request(url.href, {
      method,
      headers: requestHeaders,
      ...(method === "GET" || method === "HEAD" ? {} : { body }),
    });
    const response = await yoga.fetch(request, context);
    const payload = Buffer.from(await response.arrayBuffer());
    if (res.destroyed) return;
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    res.writeHead(response.status, { ...responseHeaders, ...headers, "content-length": payload.length });
    res.end(payload);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const signal = signalOnClose(res);
    const body = await readBody(req);
    const target = req.url ?? "/";
    const url = new URL(target, "http://127.0.0.1");
    const method = req.method ?? "GET";
    const graphql = url.pathname === GRAPHQL_PATH ? parseGraphqlRequest(method, url, body) : undefined;
    const record = recorder.record(req, res, body, graphql === undefined ? undefined : { graphql: graphql.summary });
    const headers: HeaderMap = { "x-request-id": record.id };

    const scripted = faults.take(record);
    const fault = scripted === undefined ? undefined : toFaultObject(scripted);
    record.fault = fault === undefined ? undefined : faultLabel(fault);
    if (fault !== undefined && answerFault(res, fault, headers, record.id)) return;
    if (fault !== undefined && !isBusinessFault(fault) && fault.type === "slow") {
      if (!(await delay(fault.delayMs ?? DEFAULT_SLOW_MS, signal))) return;
    }

    const restInput = { res, method, body, headers, users, tokens };
    if (url.pathname === REST_PATHS.login) return handleLogin(restInput);
    if (url.pathname === REST_PATHS.refresh) return handleRefresh(restInput);
    if (url.pathname.startsWith("/api/rest/")) return handleUnknownRest(res, headers);
    if (url.pathname === "/healthz") return sendText(res, 200, "OK", "text/plain; charset=utf-8", headers);
    if (graphql === undefined) {
      return sendJson(res, 404, hasuraRestError("not-found", "resource does not exist"), headers);
    }

    if (needsToken(graphql.summary.fields)) {
      const expired = fault !== undefined && !isBusinessFault(fault) && fault.type === "tokenExpired";
      const rejection = expired ? EXPIRED : tokens.verify(req.headers.authorization);
      if (rejection !== undefined) return sendAuthError(res, rejection, headers, record.id);
    }
    const missing = firstMissingVariable(graphql);
    if (missing !== undefined) {
      return sendJson(res, 200, hasuraErrors("validation-failed", missingVariableMessage(missing)), headers);
    }

    let businessFault: TalviewBusinessFault | undefined =
      fault !== undefined && isBusinessFault(fault) ? fault : undefined;
    const context: TalviewContext = {
      talview: {
        store,
        tokens,
        users,
        businessErrors,
        takeBusinessFault: () => {
          const taken = businessFault;
          businessFault = undefined;
          return taken;
        },
      },
    };
    await forwardToYoga(req, res, url, body, context, headers);
  };

  const server = await listen(handle, options.port ?? 0);

  const members = {
    url: server.url,
    port: server.port,
    graphqlUrl: `${server.url}${GRAPHQL_PATH}`,
    loginUrl: `${server.url}${REST_PATHS.login}`,
    refreshUrl: `${server.url}${REST_PATHS.refresh}`,
    credentials: users[0] ?? DEFAULT_USER,
    reset() {
      faults.clear();
      tokens.clear();
      recorder.clear();
      store = seedStore();
    },
    issueToken(username?: string) {
      return tokens.issue(username ?? users[0]?.username ?? DEFAULT_USER.username);
    },
    expireTokens() {
      tokens.expireAll();
    },
    async close() {
      await server.close();
      await yoga.dispose();
    },
  };
  const emulator: TalviewEmulator = withFaultControls(members, faults, recorder);
  return emulator;
};
